using System.ComponentModel.DataAnnotations;

namespace DefectionTracker.Web.Features.Accounts;

public sealed class LoginForm
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address such as name@example.org.")]
    [StringLength(256)]
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(256)]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in; only a path on this site is followed.</summary>
    public string? ReturnUrl { get; set; }
}

public sealed class ChangePasswordForm
{
    [Required(ErrorMessage = "Enter your current password.")]
    [StringLength(256)]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string? CurrentPassword { get; set; }

    [Required(ErrorMessage = "Enter a new password.")]
    [StringLength(256)]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string? NewPassword { get; set; }

    [Required(ErrorMessage = "Enter the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same.")]
    [StringLength(256)]
    [DataType(DataType.Password)]
    [Display(Name = "New password again")]
    public string? ConfirmPassword { get; set; }
}

public sealed record AccountViewModel(string DisplayName, string Email, IReadOnlyList<string> Roles, bool PasswordChanged);

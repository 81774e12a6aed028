namespace DefectionTracker.Web.Data.Seeding;

/// <summary>
/// Start-up cannot use the database or the dataset folder (a damaged, read-only or foreign file, a full disk, a special
/// file among the seeds). The message is one line naming the path and the cause; Program.cs logs it and exits 1.
/// </summary>
public sealed class StartupFailureException(string message, Exception? inner = null) : Exception(message, inner);

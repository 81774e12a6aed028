using DefectionTracker.Web.Commands;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Infrastructure;

// "import", "export", "backup", ...: a command on the site's host and configuration, instead of the server.
if (AppCommands.IsCommandLine(args))
{
    return await AppCommands.RunAsync(args, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);

// Search answers over-long queries (> 500 characters) with a clear 400; Kestrel's default 8 KB request line would cut
// percent-encoded long queries off first with a bare 414.
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestLineSize = 64 * 1024);
builder.AddSerilogLogging();
builder.Services.AddAppServices(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseAppMiddleware();
try
{
    // Start-up migrates the database and seeds it from the dataset before the server listens.
    await app.RunAsync();
    return 0;
}
catch (StartupFailureException e)
{
    app.Logger.LogCritical("{Problem}", e.Message);
    return 1;
}
catch (IOException e) when (LoggingConfig.IsAddressInUse(e))
{
    // Kestrel's own message names the address: "Failed to bind to address http://127.0.0.1:5000: address already in use."
    app.Logger.LogCritical("Start-up stopped: {Problem} Another process is listening there; choose another with --urls.", e.Message);
    return 1;
}
catch (SeedValidationException e)
{
    // A broken dataset stops start-up with one message that names the file, the record and the field.
    app.Logger.LogCritical("Start-up stopped; the database was left as it was. {Problem}", e.Message);
    return 1;
}

public partial class Program;

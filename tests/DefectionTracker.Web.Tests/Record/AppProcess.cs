using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DefectionTracker.Web.Tests.Record;

/// <summary>
/// The built app run as a real process (Production settings, console at Warning and above), for commands, read-only
/// serving and kills: what a person running it would see, exit code included.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(string database, string seeds, string logs, IReadOnlyList<string> args, string? pauseAt)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        var web = Path.Combine(TestPaths.RepoRoot, "src", "DefectionTracker.Web");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(web, "bin", configuration, "net10.0", "DefectionTracker.Web.dll"), .. args])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Defections"] = database.StartsWith("Data Source=", StringComparison.Ordinal) ? database : $"Data Source={database}";
        start.Environment["Seeds__Path"] = seeds;
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(logs, "log-.log");
        start.Environment["RateLimiting__Enabled"] = "false";
        if (pauseAt is not null)
        {
            start.Environment["Testing__PauseAt"] = pauseAt;
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Exited += (_, _) => _exited.TrySetResult();
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>Runs a command (or a start that is expected to stop) to its end; fails the test after 60 s.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(string database, string seeds, string logs, params string[] args)
    {
        using var app = new AppProcess(database, seeds, logs, args, null);
        await app.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (app.ExitCode, app.Output.Trim());
    }

    /// <summary>Starts a command or the site with <c>Testing:PauseAt</c> set and returns once it says it paused there.</summary>
    public static async Task<AppProcess> StartPausedAsync(string database, string seeds, string logs, string step, params string[] args)
    {
        var app = new AppProcess(database, seeds, logs, args.Length > 0 ? args : ["--urls", $"http://127.0.0.1:{FreePort()}"], step);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!app.Output.Contains($"Paused at step '{step}'", StringComparison.Ordinal))
        {
            if (app._exited.Task.IsCompleted || DateTime.UtcNow > deadline)
            {
                var output = app.Output;
                app.Dispose();
                throw new InvalidOperationException($"never paused at '{step}':\n{output}");
            }

            await Task.Delay(50);
        }

        return app;
    }

    /// <summary>Starts the site on a free port and returns once /health answers (or the process has stopped).</summary>
    public static async Task<(AppProcess App, HttpClient? Client)> StartSiteAsync(string database, string seeds, string logs)
    {
        var port = FreePort();
        var app = new AppProcess(database, seeds, logs, ["--urls", $"http://127.0.0.1:{port}"], null);
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !app._exited.Task.IsCompleted)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode != 0)
                {
                    return (app, client);
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        client.Dispose();
        return (app, null);
    }

    /// <summary>kill -9: no clean-up of any kind runs in the process.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async Task WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            KillHard();
            throw new TimeoutException($"did not stop within {limit}:\n{Output}");
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }
}

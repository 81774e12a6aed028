using System.Globalization;
using System.Text.Json;
using DefectionTracker.Web.Data.Seeding;
using DefectionTracker.Web.Features.Import;
using DefectionTracker.Web.Infrastructure;

namespace DefectionTracker.Web.Commands;

/// <summary>The assistant's knowledge for the commands: the dataset folder (Seeds:Path, or --seeds), validated as at first start.</summary>
internal static class DraftKnowledge
{
    public static DraftAssistant From(IServiceProvider services, string? seeds) => new(Load(services, seeds));

    public static ImportKnowledge Load(IServiceProvider services, string? seeds)
    {
        var folder = seeds is null
            ? DataPaths.ResolveSeedsPath(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IWebHostEnvironment>().ContentRootPath)
            : Path.GetFullPath(seeds);
        var d = SeedLoader.Load(folder, services.GetRequiredService<TimeProvider>());
        return ImportKnowledge.Build(d.Councils, d.Register, d.Parties, d.Grievances, d.Councillors, d.Defections, d.Compositions);
    }
}

/// <summary><c>draft --file F [--published D] [--url U]</c>: prints the assistant's draft of one article as JSON; saves nothing.</summary>
public sealed class DraftCommand : IAppCommand
{
    public string Name => "draft";

    public string Usage => "draft --file ARTICLE.txt [--published YYYY-MM-DD] [--url URL] [--seeds DIR]   print the assistant's draft of an article as JSON";

    public async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, CancellationToken ct)
    {
        var options = CommandOptions.Parse(args, ["--file"], ["--published", "--url", "--seeds"]);
        DateOnly? published = null;
        if (options.Get("--published") is { } p)
        {
            published = DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new CommandUsageException($"--published '{p}' is not a date (YYYY-MM-DD)");
        }

        var file = Path.GetFullPath(options["--file"]);
        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"draft: the file '{file}' does not exist");
            return 1;
        }

        try
        {
            var assistant = DraftKnowledge.From(services, options.Get("--seeds"));
            var draft = assistant.Propose(new Article(await File.ReadAllTextAsync(file, ct), published, options.Get("--url")));
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(draft, DraftEvaluation.Json));
            return 0;
        }
        catch (SeedValidationException e)
        {
            await Console.Error.WriteLineAsync($"draft: the dataset does not load: {(e.Errors.Count > 0 ? e.Errors[0] : e.Message)}");
            return 1;
        }
    }
}

/// <summary><c>evaluate-drafts DIR</c>: precision, recall and F1 per field of the assistant's drafts against the annotated articles in DIR.</summary>
public sealed class EvaluateDraftsCommand : IAppCommand
{
    public string Name => "evaluate-drafts";

    public string Usage => "evaluate-drafts DIR [--seeds DIR] [--misses true] [--timing true]   precision, recall and F1 per field of the drafts of DIR's annotated articles";

    public async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, CancellationToken ct)
    {
        if (args.Count == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new CommandUsageException("the folder of annotated articles is missing");
        }

        var options = CommandOptions.Parse(args.Skip(1).ToList(), [], ["--seeds", "--misses", "--timing"]);
        var folder = Path.GetFullPath(args[0]);
        if (!Directory.Exists(folder))
        {
            await Console.Error.WriteLineAsync($"evaluate-drafts: the folder '{folder}' does not exist");
            return 1;
        }

        var loading = System.Diagnostics.Stopwatch.GetTimestamp();
        var assistant = DraftKnowledge.From(services, options.Get("--seeds"));
        var loaded = System.Diagnostics.Stopwatch.GetElapsedTime(loading);
        var milliseconds = new List<double>();
        var (scores, misses) = DraftEvaluation.Evaluate(assistant, folder, milliseconds);
        await Console.Out.WriteLineAsync($"{Directory.GetFiles(folder, "*.json").Length} annotated articles in {folder}");
        await Console.Out.WriteAsync(DraftEvaluation.Table(scores));
        if (options.Get("--timing") == "true" && milliseconds.Count > 0)
        {
            // The first draft pays for compiling the rules' regular expressions; the median is the editor's wait after that.
            var sorted = milliseconds.Order().ToList();
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"timing: {sorted.Count} drafts, median {sorted[sorted.Count / 2]:0.0} ms, slowest {sorted[^1]:0.0} ms, first {milliseconds[0]:0.0} ms; knowledge loaded in {loaded.TotalMilliseconds:0} ms"));
        }

        if (options.Get("--misses") == "true")
        {
            foreach (var miss in misses)
            {
                await Console.Out.WriteLineAsync(miss);
            }
        }

        return 0;
    }
}

/// <summary>
/// <c>compare-list --council SLUG --file LIST.csv [--date D]</c>: what a council's councillor list implies against the
/// record as of its date (today when not given), as JSON, the same as /edit/import/list shows; saves nothing.
/// </summary>
public sealed class CompareListCommand : IAppCommand
{
    public string Name => "compare-list";

    public string Usage => "compare-list --council SLUG --file LIST.csv [--date YYYY-MM-DD] [--url URL] [--publisher P] [--seeds DIR]   what a councillor list implies against the record, as JSON";

    public async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, CancellationToken ct)
    {
        var options = CommandOptions.Parse(args, ["--council", "--file"], ["--date", "--url", "--publisher", "--seeds"]);
        var date = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        if (options.Get("--date") is { } given && !DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            throw new CommandUsageException($"--date '{given}' is not a date (YYYY-MM-DD)");
        }

        var file = Path.GetFullPath(options["--file"]);
        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"compare-list: the file '{file}' does not exist");
            return 1;
        }

        ImportKnowledge knowledge;
        try
        {
            knowledge = DraftKnowledge.Load(services, options.Get("--seeds"));
        }
        catch (SeedValidationException e)
        {
            await Console.Error.WriteLineAsync($"compare-list: the dataset does not load: {(e.Errors.Count > 0 ? e.Errors[0] : e.Message)}");
            return 1;
        }

        if (knowledge.Councils.FirstOrDefault(c => c.Slug == options["--council"]) is not { } council)
        {
            await Console.Error.WriteLineAsync($"compare-list: there is no council '{options["--council"]}' in the record or the register");
            return 1;
        }

        var (rows, problem) = CouncillorList.Read(await File.ReadAllBytesAsync(file, ct), council);
        if (problem is not null)
        {
            await Console.Error.WriteLineAsync($"compare-list: {problem.Message}");
            return 1;
        }

        var result = ListComparison.Compare(knowledge, council, rows, new ListSource(options.Get("--url"), options.Get("--publisher"), date));
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(result, DraftEvaluation.Json));
        return 0;
    }
}

namespace DefectionTracker.Testing;

public static class TestPaths
{
    /// <summary>The repository root, found by walking up from the test binaries to DefectionTracker.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>
    /// The frozen fixture dataset (tests/DefectionTracker.Testing/Fixtures/dataset, copied beside the test binaries) that
    /// every test reads. Its README lists the edge cases it holds and the figures they give.
    /// </summary>
    public static string Fixture { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "dataset");

    /// <summary>Councillor lists as CSV (Fixtures/councillor-lists) for the list comparison, against the fixture dataset; figures in its README.</summary>
    public static string CouncillorLists { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "councillor-lists");

    /// <summary>The published dataset. Only the test that validates it reads it: no other test may depend on its figures.</summary>
    public static string RealSeeds => Path.Combine(RepoRoot, "seeds");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DefectionTracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DefectionTracker.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A copy of the fixture dataset in a temporary folder, to break or change in a test.</summary>
    public static TempSeeds CopySeeds() => new(Fixture);
}

public sealed class TempSeeds : IDisposable
{
    public TempSeeds(string from)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dt-seeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(from, "*.json"))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Rewrites one file's JSON with a text edit that must change something.</summary>
    public void Edit(string name, Func<string, string> edit)
    {
        var before = System.IO.File.ReadAllText(File(name));
        var after = edit(before);
        if (after == before)
        {
            throw new InvalidOperationException($"the edit did not change {name}");
        }

        System.IO.File.WriteAllText(File(name), after);
    }

    /// <summary>Changes one file's records as JSON nodes and writes it back.</summary>
    public void EditJson(string name, Action<System.Text.Json.Nodes.JsonArray> edit)
    {
        var array = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(File(name)))!.AsArray();
        edit(array);
        System.IO.File.WriteAllText(File(name), array.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }
}

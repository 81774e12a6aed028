using DefectionTracker.Web.Domain;
using DefectionTracker.Web.Features.Shared;

namespace DefectionTracker.Web.Features.Councils;

public sealed record CouncilRowViewModel(
    string Slug,
    string Name,
    string KindText,
    string? Area,
    int? TotalSeats,
    ControlViewModel ControlBefore,
    ControlViewModel ControlNow,
    bool? ControlChanged,
    int DefectionCount,
    CouncilLosses CouncillorsLost)
{
    public string ControlChangedText => Wording.YesNo(ControlChanged);

    /// <summary>The administration before the recorded events and now, and who lost power (the second layer of control).</summary>
    public AdministrationChangeViewModel Administration { get; init; } = new() { Unknown = AdministrationUnknown.NoRecord };
}

/// <summary>What the person asked for on /councils, already checked.</summary>
public sealed record CouncilListRequest(string Sort, bool ChangedOnly, string? Party, string? Area);

public sealed record CouncilListViewModel
{
    public required CouncilListRequest Request { get; init; }

    public IReadOnlyList<CouncilRowViewModel> Rows { get; init; } = [];

    public int TotalCouncils { get; init; }

    public IReadOnlyList<OptionViewModel> SortOptions { get; init; } = CouncilListQuery.SortOptions;

    public IReadOnlyList<PartyLabelViewModel> PartyOptions { get; init; } = [];

    public IReadOnlyList<string> AreaOptions { get; init; } = [];

    /// <summary>Why the request could not be answered (an unknown sort, party or area); the page is then a 400.</summary>
    public string? Error { get; init; }

    /// <summary>?all=true: the register's councils with nothing recorded are listed below the record's.</summary>
    public bool ShowAll { get; init; }

    public int RegisterCount { get; init; }

    public IReadOnlyList<UnrecordedCouncilRowViewModel> Unrecorded { get; init; } = [];

    public bool IsFiltered => Request.ChangedOnly || Request.Party is not null || Request.Area is not null;

    /// <summary>A query string for this list with one value changed, for sort links that keep the filters.</summary>
    public string QueryWith(string? sort = null)
    {
        var parts = new List<string> { "sort=" + Uri.EscapeDataString(sort ?? Request.Sort) };
        if (Request.ChangedOnly)
        {
            parts.Add("changed=true");
        }

        if (Request.Party is not null)
        {
            parts.Add("party=" + Uri.EscapeDataString(Request.Party));
        }

        if (Request.Area is not null)
        {
            parts.Add("area=" + Uri.EscapeDataString(Request.Area));
        }

        if (ShowAll)
        {
            parts.Add("all=true");
        }

        return "?" + string.Join("&", parts);
    }
}

/// <summary>/councils: every council with control before and now, sortable and filterable by GET parameters.</summary>
public sealed class CouncilListQuery(CouncilSummariesQuery summaries, PartyLabelsQuery partyLabels, AdministrationsQuery administrations)
{
    public const string DefaultSort = "name";

    public static readonly IReadOnlyList<OptionViewModel> SortOptions =
    [
        new("name", "Name (A to Z)"),
        new("area", "Area (A to Z)"),
        new("seats", "Seats (most first)"),
        new("defections", "Defections (most first)"),
        new("lost", "Councillors lost (most first)"),
        new("changed", "Control changed first"),
    ];

    public static bool IsKnownSort(string sort) => SortOptions.Any(o => o.Value == sort);

    public static string KindText(CouncilKind kind) => Wording.CouncilKind(kind);

    /// <summary>
    /// The list for <paramref name="sort"/> and the filters. An unknown sort, party or area is not guessed at: the
    /// result carries an <see cref="CouncilListViewModel.Error"/> and no rows.
    /// </summary>
    public async Task<CouncilListViewModel> GetAsync(string? sort, bool changedOnly, string? party, string? area, CancellationToken ct)
    {
        var all = await summaries.LoadAsync(null, ct);
        var parties = await partyLabels.LoadAsync(ct);
        var partyOptions = all.SelectMany(c => c.PartiesThatLost).Distinct(StringComparer.Ordinal)
            .Select(parties.For).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var areaOptions = all.Select(c => c.Area).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        sort = string.IsNullOrWhiteSpace(sort) ? DefaultSort : sort.Trim();
        party = string.IsNullOrWhiteSpace(party) ? null : party.Trim();
        area = string.IsNullOrWhiteSpace(area) ? null : area.Trim();

        var error = !IsKnownSort(sort)
            ? $"There is no sort order called \"{sort}\". Choose one of: {string.Join(", ", SortOptions.Select(o => o.Value))}."
            : party is not null && parties.Find(party) is null
                ? $"There is no party with the address name \"{party}\"."
                : area is not null && !areaOptions.Contains(area, StringComparer.OrdinalIgnoreCase)
                    ? $"No council in the record is in an area called \"{area}\"."
                    : null;
        var request = new CouncilListRequest(error is null ? sort : DefaultSort, changedOnly, error is null ? party : null,
            error is null ? areaOptions.FirstOrDefault(a => string.Equals(a, area, StringComparison.OrdinalIgnoreCase)) : null);
        var model = new CouncilListViewModel
        {
            Request = request,
            TotalCouncils = all.Count,
            PartyOptions = partyOptions,
            AreaOptions = areaOptions,
            Error = error,
        };
        if (error is not null)
        {
            return model;
        }

        var administered = await administrations.LoadAsync(null, parties, ct);
        var rows = all
            .Where(c => !changedOnly || c.History.ControlChanged == true)
            .Where(c => request.Party is null || c.PartiesThatLost.Contains(request.Party))
            .Where(c => request.Area is null || c.Area == request.Area)
            .Select(c => new CouncilRowViewModel(
                c.Slug, c.Name, KindText(c.Kind), c.Area, c.TotalSeats,
                ControlViewModel.From(c.History.Before.Control, parties),
                ControlViewModel.From(c.History.Now.Control, parties),
                c.History.ControlChanged, c.DefectionCount, c.LostBy(request.Party))
            {
                Administration = administered.TryGetValue(c.Slug, out var a) ? a.Overall() : new() { Unknown = AdministrationUnknown.NoRecord },
            });
        return model with { Rows = [.. Sort(rows, request.Sort)] };
    }

    private static IEnumerable<CouncilRowViewModel> Sort(IEnumerable<CouncilRowViewModel> rows, string sort)
    {
        var byName = StringComparer.Ordinal;
        return sort switch
        {
            "area" => rows.OrderBy(r => r.Area ?? "\uffff", byName).ThenBy(r => r.Name, byName),
            "seats" => rows.OrderByDescending(r => r.TotalSeats ?? -1).ThenBy(r => r.Name, byName),
            "defections" => rows.OrderByDescending(r => r.DefectionCount).ThenBy(r => r.Name, byName),
            "lost" => rows.OrderByDescending(r => r.CouncillorsLost.Known).ThenBy(r => r.CouncillorsLost.SomeUnknown)
                .ThenBy(r => r.Name, byName),
            "changed" => rows.OrderBy(r => r.ControlChanged switch { true => 0, false => 1, null => 2 }).ThenBy(r => r.Name, byName),
            _ => rows.OrderBy(r => r.Name, byName),
        };
    }
}

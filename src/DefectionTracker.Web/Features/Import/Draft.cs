namespace DefectionTracker.Web.Features.Import;

// The assistant's proposal for one article, in the JSON the draft command prints (issue 14, deliver 6). Every field
// names the words it came from in Evidence and how sure the rule that found it is in Confidence (0 to 1).

public sealed record DraftRef(string? Slug, string Name);

public sealed record DraftCouncillor(string Name, string? Slug, string? Ward);

public sealed record DraftGrievance(string Slug, string Name, bool Stated);

public sealed record DraftQuote(string? Speaker, string Text);

public sealed record Draft(
    IReadOnlyList<DraftRef> Councils,
    int? CouncillorCount,
    DraftRef? FromParty,
    DraftRef? ToParty,
    string? Date,
    string DatePrecision,
    string DateBasis,
    IReadOnlyList<DraftCouncillor> Councillors,
    IReadOnlyList<DraftGrievance> Grievances,
    IReadOnlyList<DraftQuote> Quotes,
    string? MatchesEvent,
    IReadOnlyDictionary<string, string> Evidence,
    IReadOnlyDictionary<string, double> Confidence);

/// <summary>The article as the editor gives it: its words, and what is known of where and when it appeared.</summary>
public sealed record Article(string Text, DateOnly? Published = null, string? Url = null, string? Publisher = null);

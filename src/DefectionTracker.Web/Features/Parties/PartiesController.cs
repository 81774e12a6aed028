using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Parties;

public class PartiesController(PartyPageQuery page, PartyListQuery list, ILogger<PartiesController> logger) : Controller
{
    [HttpGet("/parties")]
    public async Task<IActionResult> Index(string? sort, [FromQuery] PageRequest paging, CancellationToken ct)
    {
        var request = new IndexRequest(sort, paging);
        if (BadRequests.Check(ModelState, request) is { Count: > 0 } problems)
        {
            return BadRequests.Page(this, logger, problems);
        }

        var vm = await list.GetAsync(request, ct);
        return paging.IsPastEnd(vm.Paging.Total)
            ? BadRequests.Page(this, logger, [paging.PastEndProblem(vm.Paging.Total, "party", "parties")])
            : View(vm);
    }

    /// <summary>
    /// A party's page; its four long lists (defections from it and to it, councillors who left and joined) are shown
    /// <see cref="PartyPageRequest.PageSize"/> at a time, each paged by its own parameter.
    /// </summary>
    [HttpGet("/parties/{slug}")]
    public async Task<IActionResult> Show(string slug, [FromQuery] PartyPageRequest paging, CancellationToken ct)
    {
        if (BadRequests.Check(ModelState, paging) is { Count: > 0 } problems)
        {
            return BadRequests.Page(this, logger, problems);
        }

        if (await page.GetAsync(slug, ct) is not { } vm)
        {
            return NotFound();
        }

        var pastEnd = paging.PastEnd(vm);
        return pastEnd.Count > 0 ? BadRequests.Page(this, logger, pastEnd) : View(vm with { Paging = paging });
    }

    [HttpGet("/api/parties/{slug}")]
    [ProducesResponseType<PartyApiItem>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [DataETag]
    public async Task<IActionResult> Api(string slug, CancellationToken ct) =>
        await page.GetAsync(slug, ct) is { } vm
            ? Ok(PartyApiItem.From(vm))
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Party not found", detail: $"There is no party with the slug '{slug}'.");
}

/// <summary>The page of each of a party page's long lists: <c>?lost=&amp;gained=&amp;left=&amp;joined=</c>, 1 by default.</summary>
public sealed record PartyPageRequest(int Lost = 1, int Gained = 1, int Left = 1, int Joined = 1) : IValidatedRequest
{
    public const int PageSize = 100;

    public IReadOnlyList<FieldProblem> Validate() =>
        [.. Lists.Where(l => l.Page < 1).Select(l => new FieldProblem(l.Name, $"{l.Name} must be 1 or more"))];

    /// <summary>A page past the end of its list, said as the sources page says it.</summary>
    public IReadOnlyList<FieldProblem> PastEnd(PartyPageViewModel vm) =>
    [
        .. Lists.Select(l => (l.Name, Request: new PageRequest(l.Page, PageSize), Total: l.Total(vm), l.One, l.Many))
            .Where(l => l.Request.IsPastEnd(l.Total))
            .Select(l => l.Request.PastEndProblem(l.Total, l.One, l.Many) with { Field = l.Name }),
    ];

    public PageInfo LostPage(int total) => new(Lost, PageSize, total);

    public PageInfo GainedPage(int total) => new(Gained, PageSize, total);

    public PageInfo LeftPage(int total) => new(Left, PageSize, total);

    public PageInfo JoinedPage(int total) => new(Joined, PageSize, total);

    /// <summary>A link to this page with one list moved to another page, the other lists kept where they are.</summary>
    public string Href(string slug, string list, int page)
    {
        var pages = Lists.Select(l => (l.Name, Page: l.Name == list ? page : l.Page)).Where(l => l.Page != 1).ToList();
        return $"/parties/{Uri.EscapeDataString(slug)}" + (pages.Count == 0 ? "" : "?" + string.Join("&", pages.Select(p => $"{p.Name}={p.Page}")));
    }

    private IEnumerable<(string Name, int Page, Func<PartyPageViewModel, int> Total, string One, string Many)> Lists =>
    [
        ("lost", Lost, vm => vm.Lost.Count, "defection from the party", "defections from the party"),
        ("gained", Gained, vm => vm.Gained.Count, "defection to the party", "defections to the party"),
        ("left", Left, vm => vm.CouncillorsWhoLeft.Count, "councillor who left", "councillors who left"),
        ("joined", Joined, vm => vm.CouncillorsWhoJoined.Count, "councillor who joined", "councillors who joined"),
    ];
}

using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Stories;

public class StoriesController(StoryQuery stories) : Controller
{
    [HttpGet("/stories/{id}")]
    public async Task<IActionResult> Show(string? id, CancellationToken ct) =>
        !string.IsNullOrWhiteSpace(id) && await stories.GetAsync(id, ct) is { } vm ? View(vm) : NotFound();

    [HttpGet("/api/stories/{id}")]
    [ProducesResponseType<StoryApiItem>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [DataETag]
    public async Task<IActionResult> ApiGet(string id, CancellationToken ct) =>
        await stories.GetAsync(id, ct) is { } vm
            ? Ok(StoryApiItem.From(vm))
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Story not found", detail: $"There is no story with the id '{id}'.");
}

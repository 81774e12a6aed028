using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DefectionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TruthFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DateBasis",
                table: "Defections",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DateDerived",
                table: "Defections",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DateWithoutYear",
                table: "Defections",
                type: "TEXT",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NotAfterPrecision",
                table: "Defections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NotAfterStart",
                table: "Defections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NotBeforePrecision",
                table: "Defections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NotBeforeStart",
                table: "Defections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OrderDatePrecision",
                table: "Defections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OrderDateStart",
                table: "Defections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StoryId",
                table: "Defections",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ToGroupNotKnown",
                table: "Defections",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SourceIds",
                table: "DefectionGrievances",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DestinationSourceId",
                table: "DefectionCouncillors",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OwnDestination",
                table: "DefectionCouncillors",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ToGroupNotKnown",
                table: "DefectionCouncillors",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ToPartySlug",
                table: "DefectionCouncillors",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StorySources",
                columns: table => new
                {
                    StoryId = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StorySources", x => new { x.StoryId, x.SourceId });
                    table.ForeignKey(
                        name: "FK_StorySources_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StorySources_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Defections_StoryId",
                table: "Defections",
                column: "StoryId");

            migrationBuilder.CreateIndex(
                name: "IX_DefectionCouncillors_DestinationSourceId",
                table: "DefectionCouncillors",
                column: "DestinationSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_DefectionCouncillors_ToPartySlug",
                table: "DefectionCouncillors",
                column: "ToPartySlug");

            migrationBuilder.CreateIndex(
                name: "IX_StorySources_SourceId",
                table: "StorySources",
                column: "SourceId");

            migrationBuilder.AddForeignKey(
                name: "FK_DefectionCouncillors_Parties_ToPartySlug",
                table: "DefectionCouncillors",
                column: "ToPartySlug",
                principalTable: "Parties",
                principalColumn: "Slug",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_DefectionCouncillors_Sources_DestinationSourceId",
                table: "DefectionCouncillors",
                column: "DestinationSourceId",
                principalTable: "Sources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Defections_Stories_StoryId",
                table: "Defections",
                column: "StoryId",
                principalTable: "Stories",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DefectionCouncillors_Parties_ToPartySlug",
                table: "DefectionCouncillors");

            migrationBuilder.DropForeignKey(
                name: "FK_DefectionCouncillors_Sources_DestinationSourceId",
                table: "DefectionCouncillors");

            migrationBuilder.DropForeignKey(
                name: "FK_Defections_Stories_StoryId",
                table: "Defections");

            migrationBuilder.DropTable(
                name: "StorySources");

            migrationBuilder.DropTable(
                name: "Stories");

            migrationBuilder.DropIndex(
                name: "IX_Defections_StoryId",
                table: "Defections");

            migrationBuilder.DropIndex(
                name: "IX_DefectionCouncillors_DestinationSourceId",
                table: "DefectionCouncillors");

            migrationBuilder.DropIndex(
                name: "IX_DefectionCouncillors_ToPartySlug",
                table: "DefectionCouncillors");

            migrationBuilder.DropColumn(
                name: "DateBasis",
                table: "Defections");

            migrationBuilder.DropColumn(
                name: "DateDerived",
                table: "Defections");

            migrationBuilder.DropColumn(
                name: "DateWithoutYear",
                table: "Defections");

            migrationBuilder.DropColumn(
                name: "NotAfterPrecision",
                table: "Defections");

            migrationBuilder.DropColumn(
                name: "NotAfterStart",
                table: "Defections");

            migrationBuilder.DropColumn(
                name: "NotBeforePrecision",
                table: "Defections");

            migrationBuilder.DropColumn(
                name: "NotBeforeStart",
                table: "Defections");

            migrationBuilder.DropColumn(
                name: "OrderDatePrecision",
                table: "Defections");

            migrationBuilder.DropColumn(
                name: "OrderDateStart",
                table: "Defections");

            migrationBuilder.DropColumn(
                name: "StoryId",
                table: "Defections");

            migrationBuilder.DropColumn(
                name: "ToGroupNotKnown",
                table: "Defections");

            migrationBuilder.DropColumn(
                name: "SourceIds",
                table: "DefectionGrievances");

            migrationBuilder.DropColumn(
                name: "DestinationSourceId",
                table: "DefectionCouncillors");

            migrationBuilder.DropColumn(
                name: "OwnDestination",
                table: "DefectionCouncillors");

            migrationBuilder.DropColumn(
                name: "ToGroupNotKnown",
                table: "DefectionCouncillors");

            migrationBuilder.DropColumn(
                name: "ToPartySlug",
                table: "DefectionCouncillors");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DefectionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class BoundsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Affiliations_CouncillorSlug",
                table: "Affiliations");

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_CouncillorSlug_PartySlug",
                table: "Affiliations",
                columns: new[] { "CouncillorSlug", "PartySlug" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Affiliations_CouncillorSlug_PartySlug",
                table: "Affiliations");

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_CouncillorSlug",
                table: "Affiliations",
                column: "CouncillorSlug");
        }
    }
}

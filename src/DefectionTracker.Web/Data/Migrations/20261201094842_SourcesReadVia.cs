using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DefectionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SourcesReadVia : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Url",
                table: "Sources",
                newName: "OriginalUrl");

            migrationBuilder.RenameColumn(
                name: "TitleInferred",
                table: "Sources",
                newName: "HeadlineInferred");

            migrationBuilder.AddColumn<string>(
                name: "MirrorUrl",
                table: "Sources",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReadVia",
                table: "Sources",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Original"); // rows from before: the next seeding sets the mirrors
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MirrorUrl",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "ReadVia",
                table: "Sources");

            migrationBuilder.RenameColumn(
                name: "OriginalUrl",
                table: "Sources",
                newName: "Url");

            migrationBuilder.RenameColumn(
                name: "HeadlineInferred",
                table: "Sources",
                newName: "TitleInferred");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Riktning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ObservationFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte>(
                name: "Flags",
                table: "replaced_observations",
                type: "INTEGER",
                nullable: false,
                defaultValue: (byte)0);

            migrationBuilder.AddColumn<byte>(
                name: "Flags",
                table: "observations",
                type: "INTEGER",
                nullable: false,
                defaultValue: (byte)0);

            // Provisional was status 4; it is now a present value with the p flag (8).
            foreach (var table in new[] { "observations", "replaced_observations" })
            {
                migrationBuilder.Sql($"UPDATE {table} SET \"Status\" = 0, \"Flags\" = 8 WHERE \"Status\" = 4");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "observations", "replaced_observations" })
            {
                migrationBuilder.Sql($"UPDATE {table} SET \"Status\" = 4 WHERE \"Status\" = 0 AND (\"Flags\" & 8) <> 0");
            }

            migrationBuilder.DropColumn(
                name: "Flags",
                table: "replaced_observations");

            migrationBuilder.DropColumn(
                name: "Flags",
                table: "observations");
        }
    }
}

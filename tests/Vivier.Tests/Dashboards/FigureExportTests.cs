using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Vivier.Web.Features.Dashboards;

namespace Vivier.Tests.Dashboards;

public sealed class FigureExportTests
{
    private static readonly FigureTable Table = new("sponsors", "Par ministère", ["Ministère", "En poste"],
    [
        [FigureCell.Label("=HYPERLINK(\"http://x\")"), FigureCell.Count(12)],
        [FigureCell.Label("+33 1"), new FigureCell(Number: 41.25, Decimals: 1)],
        [FigureCell.Label("-1"), new FigureCell(Hidden: true)],
        [FigureCell.Label("@SUM(A1)"), FigureCell.Count(1234567)],
        [FigureCell.Label("Agence \"A\"; Paris, France"), FigureCell.Count(0)],
    ]);

    [Fact]
    public void Csv_is_rfc_4180_with_a_bom_crlf_quotes_and_neutralised_formulas()
    {
        var bytes = FigureExport.Csv(Table, semicolon: false, "secret");

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(
            "Ministère,En poste\r\n\"'=HYPERLINK(\"\"http://x\"\")\",12\r\n'+33 1,41.3\r\n'-1,secret\r\n'@SUM(A1),1234567\r\n\"Agence \"\"A\"\"; Paris, France\",0\r\n", text);
    }

    [Fact]
    public void The_french_excel_variant_uses_semicolons_and_a_decimal_comma()
    {
        var text = Encoding.UTF8.GetString(FigureExport.Csv(Table, semicolon: true, "secret")[3..]);

        Assert.Contains("'+33 1;41,3\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"Agence \"\"A\"\"; Paris, France\";0\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_holds_numbers_as_numbers_text_as_neutralised_text_and_hidden_cells_as_the_mark()
    {
        using var stream = new MemoryStream(FigureExport.Xlsx(Table, "secret"));
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();

        Assert.Equal(6, rows.Count);
        var third = rows[2].Elements<Cell>().ToList();
        Assert.Equal("'+33 1", third[0].InlineString!.InnerText);
        Assert.Equal("41.3", third[1].CellValue!.Text);
        Assert.Equal("secret", rows[3].Elements<Cell>().ElementAt(1).InlineString!.InnerText);
        Assert.DoesNotContain(rows.SelectMany(r => r.Elements<Cell>()), c => c.CellFormula is not null);
    }
}

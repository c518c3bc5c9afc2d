using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Vivier.Web.Features.Dashboards;

/// <summary>
/// A dashboard table as a file: CSV (RFC 4180, UTF-8 with a BOM, CRLF; commas and a decimal point,
/// or semicolons and a decimal comma for French Excel) or .xlsx. Hidden cells are written as the
/// secrecy mark, never as their figure; text that a spreadsheet would run as a formula is neutralised.
/// </summary>
public static class FigureExport
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Text starting with one of these is a formula to Excel, LibreOffice and Sheets (OWASP's list).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>A quote in front makes the text plain text, and shows what it was.</summary>
    public static string Neutralise(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    public static byte[] Csv(FigureTable table, bool semicolon, string hiddenMark)
    {
        ArgumentNullException.ThrowIfNull(table);
        var numbers = semicolon ? CultureInfo.GetCultureInfo("fr-FR") : CultureInfo.InvariantCulture;
        return Csv([table.Columns.Select(Neutralise), .. table.Rows.Select(row => row.Select(cell => Text(cell, hiddenMark, numbers)))], semicolon ? ';' : ',');
    }

    /// <summary>RFC 4180 lines (CRLF, quoted where needed), UTF-8 with a BOM so that Excel reads the accents; fields already neutralised.</summary>
    public static byte[] Csv(IEnumerable<IEnumerable<string>> lines, char separator)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var csv = new StringBuilder();
        foreach (var fields in lines)
        {
            csv.Append(string.Join(separator, fields.Select(Quote))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];

        string Quote(string field) => field.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }

    /// <summary>What a cell says as text: its number without grouping (the decimal mark of the variant), the secrecy mark, or its neutralised text.</summary>
    public static string Text(FigureCell cell, string hiddenMark, CultureInfo numbers)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Hidden ? hiddenMark
            : cell.Number is { } number ? number.ToString(cell.Decimals == 0 ? "0" : "0." + new string('0', cell.Decimals), numbers)
            : Neutralise(cell.Text ?? "");
    }

    public static byte[] Xlsx(FigureTable table, string hiddenMark)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, table.Columns.Select(c => TextCell(Neutralise(c)))));
            var index = 2u;
            foreach (var row in table.Rows)
            {
                data.Append(Row(index++, row.Select(cell => cell.IsNumber
                    ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(Math.Round(cell.Number!.Value, cell.Decimals, MidpointRounding.AwayFromZero)) }
                    : TextCell(Text(cell, hiddenMark, CultureInfo.InvariantCulture)))));
            }
            sheet.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = table.Id });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = $"{ColumnName(column++)}{index}";
            row.Append(cell);
        }
        return row;
    }

    private static Cell TextCell(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };

    private static string ColumnName(int column) => column < 26 ? ((char)('A' + column)).ToString() : ColumnName(column / 26 - 1) + (char)('A' + column % 26);
}

using System;
using System.Globalization;
using System.Text;
class CharInfo {
    static void Main() {
        var counts = new int[8];
        for (int c = 0; c < 0x3000; c++) {
            char ch = (char)c;
            if (char.IsLetter(ch)) counts[0]++;
            if (char.IsDigit(ch)) counts[1]++;
            if (char.IsWhiteSpace(ch)) counts[2]++;
            if (char.IsUpper(ch)) counts[3]++;
            if (char.IsLower(ch)) counts[4]++;
            if (char.IsPunctuation(ch)) counts[5]++;
            if (char.IsSymbol(ch)) counts[6]++;
            if (char.IsNumber(ch)) counts[7]++;
        }
        Console.WriteLine(string.Join(",", counts));
        var sb = new StringBuilder();
        foreach (char ch in "aZ9 _\t\u00e9\u03a9\u0416\u4e2d\u2160\u00bd\u20ac\ud83d") sb.Append(CharUnicodeInfo.GetUnicodeCategory(ch)).Append(' ');
        Console.WriteLine(sb);
        Console.WriteLine(CharUnicodeInfo.GetNumericValue('\u2160') + " " + CharUnicodeInfo.GetNumericValue('\u00bd') + " " + char.GetNumericValue('x') + " " + CharUnicodeInfo.GetDecimalDigitValue('\u0663') + " " + CharUnicodeInfo.GetDigitValue('9'));
        int upperChanged = 0, lowerChanged = 0;
        for (int c = 0; c < 0x600; c++) { char ch = (char)c; if (char.ToUpperInvariant(ch) != ch) upperChanged++; if (char.ToLowerInvariant(ch) != ch) lowerChanged++; }
        Console.WriteLine(upperChanged + " " + lowerChanged + " " + char.ToUpperInvariant('\u00ff') + " " + char.ToLowerInvariant('\u0130') + " " + char.ToUpperInvariant('\u0131'));
        Console.WriteLine(char.IsSurrogatePair('\ud83d', '\ude00') + " " + char.IsLowSurrogate('\ude00') + " " + char.IsLetter("a\ud83d\ude00", 1) + " " + char.IsSeparator('\u2028') + " " + char.IsControl('\u007f'));
        Console.WriteLine(char.Parse("x") + " " + char.MinValue.Equals('\0') + " " + 'a'.CompareTo('b') + " " + char.IsLetterOrDigit('_') + " " + (int)char.ToUpper('\u00df'));
        char r; Console.WriteLine(char.TryParse("ab", out r) + " " + char.TryParse("z", out r) + r);
        Console.WriteLine(new StringInfo("e\u0301a\ud83d\ude00").LengthInTextElements + " " + StringInfo.GetNextTextElement("e\u0301x"));
    }
}

using System;
class Search {
    static void Main() {
        string s = "The quick brown fox jumps over the lazy dog";
        Console.WriteLine(s.IndexOf("the") + " " + s.IndexOf("the", StringComparison.OrdinalIgnoreCase) + " " + s.IndexOf("The", 1));
        Console.WriteLine(s.IndexOf('o') + " " + s.IndexOf('o', 13) + " " + s.IndexOf('o', 13, 3) + " " + s.IndexOf('z'));
        Console.WriteLine(s.LastIndexOf('o') + " " + s.LastIndexOf("the") + " " + s.LastIndexOf('o', 20) + " " + s.LastIndexOf("xx"));
        Console.WriteLine(s.IndexOfAny(new[] { 'q', 'z' }) + " " + s.LastIndexOfAny(new[] { 'q', 'z' }) + " " + s.IndexOfAny(new[] { '!' }));
        Console.WriteLine(s.Contains("fox") + " " + s.Contains("Fox") + " " + s.Contains(""));
        Console.WriteLine(s.StartsWith("the", StringComparison.OrdinalIgnoreCase) + " " + s.EndsWith("DOG", StringComparison.Ordinal) + " " + s.EndsWith("DOG", StringComparison.InvariantCultureIgnoreCase));
        Console.WriteLine(s.IndexOf("") + " " + s.LastIndexOf("") + " " + "".IndexOf(""));
        Console.WriteLine("aaaa".IndexOf("aa", 1) + " " + "abcabc".LastIndexOf("bc", 3) + " " + "abcabc".IndexOf("c", 3, StringComparison.Ordinal));
        int count = 0, at = 0;
        while ((at = s.IndexOf(' ', at)) >= 0) { count++; at++; }
        Console.WriteLine("spaces " + count);
        Console.WriteLine("ABC".IndexOf("b", StringComparison.CurrentCultureIgnoreCase) + " " + "ABC".IndexOf("b", StringComparison.InvariantCulture));
        try { s.IndexOf('a', 100); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("AOORE " + e.ParamName); }
        try { s.IndexOf(null); } catch (ArgumentNullException e) { Console.WriteLine("ANE " + e.ParamName); }
        Console.WriteLine("x\0y".IndexOf('\0') + " " + "x\0y".Length);
        Console.WriteLine("résumé".IndexOf("sum") + " " + "ÀB".ToLowerInvariant().IndexOf("àb"));
        foreach (char ch in "a1 B_") Console.Write(char.IsLetterOrDigit(ch) ? 'T' : 'F');
        Console.WriteLine();
        Console.WriteLine(char.IsWhiteSpace('\t') + " " + char.IsPunctuation('!') + " " + char.IsSymbol('+') + " " + char.IsControl('\n') + " " + char.GetNumericValue('7'));
        Console.WriteLine(char.GetUnicodeCategory('a') + " " + char.GetUnicodeCategory('€') + " " + char.IsSurrogate("😀", 0) + " " + char.ConvertToUtf32("😀", 0).ToString("X"));
        Console.WriteLine(char.ConvertFromUtf32(0x1F600).Length + " " + char.IsHighSurrogate('\ud83d'));
    }
}

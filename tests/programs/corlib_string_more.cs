using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
class StringMore {
    static void Main() {
        Console.WriteLine(string.Format("{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        Console.WriteLine(string.Join("-", Enumerable.Range(1, 5).Select(i => i * i)) + " " + string.Join<char>("", "abc".Reverse()));
        Console.WriteLine(string.Compare("abcdef", 2, "xxcdyy", 2, 2, StringComparison.Ordinal) + " " + string.CompareOrdinal("Hello", 1, "jello", 1, 4) + " " + string.Compare("a", "A", true, CultureInfo.InvariantCulture));
        Console.WriteLine("a,b,c,d".Split(new[] { ',' }, 2)[1] + " " + "a  b".Split(new[] { ' ' }, StringSplitOptions.None).Length + " " + "x".PadRight(3, '-') + "|");
        Console.WriteLine("hello".Contains("ell") + " " + "hello".IndexOf('l', 3) + " " + "hello world".LastIndexOf("o", 5) + " " + "a-b_c".IndexOfAny("_-".ToCharArray()));
        Console.WriteLine(new string('a', 3) + new string(new[] { 'b', 'c' }, 1, 1) + " " + string.Copy("copy") + " " + "abc".Clone());
        unsafe { sbyte[] raw = { 72, 105, 0 }; fixed (sbyte* p = raw) Console.WriteLine(new string(p) + " " + new string(p, 0, 1)); char[] cs = { 'o', 'k' }; fixed (char* c = cs) Console.WriteLine(new string(c, 0, 2)); }
        Console.WriteLine(string.Concat(Enumerable.Repeat("ab", 3)) + " " + string.Concat<int>(new[] { 1, 2 }) + " " + string.Concat("a", "b", "c", "d") + " " + string.Concat(new object[] { 1, null, 'x' }));
        Console.WriteLine("  x  ".TrimStart() + "|" + "  x  ".TrimEnd() + "|" + "..x..".Trim('.') + "|" + "abc".TrimStart('a', 'b') + "|" + "".Trim() + "|");
        Console.WriteLine("Hello".StartsWith("") + " " + "Hello".EndsWith("lo") + " " + "Hello".StartsWith("he", true, CultureInfo.InvariantCulture) + " " + "ß".Equals("SS", StringComparison.OrdinalIgnoreCase));
        var sb = new StringBuilder(); foreach (var ch in "Hello, World!") if (char.IsLetter(ch)) sb.Append(char.ToUpperInvariant(ch)); Console.WriteLine(sb);
        Console.WriteLine("tab\there".Replace("\t", "\\t") + " " + "line1\r\nline2".Split(new[] { "\r\n" }, StringSplitOptions.None).Length + " " + "a\u0000b".Length + " " + "\u00e9\u0301".Length);
        Console.WriteLine(string.Equals("abc", new string("abc".ToCharArray())) + " " + ReferenceEquals("abc", new string("abc".ToCharArray())) + " " + "abc".GetHashCode().Equals(new string("abc".ToCharArray()).GetHashCode()));
        var words = "the rain in spain falls mainly".Split(' ');
        Console.WriteLine(string.Join(" ", words.OrderBy(w => w.Length).ThenBy(w => w)) + " " + words.Max(w => w.Length) + " " + words.Count(w => w.Contains("ain")));
        Console.WriteLine("Mississippi".Replace("ss", "SS").Remove(0, 1).Insert(0, "m").Substring(2, 5).ToUpperInvariant().PadLeft(8, '*'));
        Console.WriteLine("x".CompareTo("y") + " " + "b".CompareTo("a") + " " + "a".CompareTo("a") + " " + string.IsNullOrEmpty(null) + " " + "abc"[1] + " " + "abc".ToCharArray().Length);
        IEnumerable<char> chars = "seq"; Console.WriteLine(chars.Count() + " " + chars.First() + " " + string.Join("|", chars));
        var format = string.Format(CultureInfo.InvariantCulture, "{0:0.00} {1:N1} {2:P0} {3:X2} {4,-5}| {5:yyyy}", 3.14159, 1234.56, 0.5, 10, "ab", new DateTime(1999, 1, 1));
        Console.WriteLine(format);
    }
}

using System;
using System.Globalization;
using System.Collections.Generic;
class Compare {
    static int Sign(int x) { return x < 0 ? -1 : x > 0 ? 1 : 0; }
    static void Main() {
        string[] pairs = { "a", "B", "abc", "abd", "A", "a", "", "x", "ab", "abc", "Zeta", "alpha", "10", "9", "a-b", "ab", "résumé", "resume" };
        for (int i = 0; i < pairs.Length; i += 2) {
            string x = pairs[i], y = pairs[i + 1];
            Console.WriteLine(x + " ? " + y + ": ord " + Sign(string.CompareOrdinal(x, y))
                + " ordIC " + Sign(string.Compare(x, y, StringComparison.OrdinalIgnoreCase))
                + " inv " + Sign(string.Compare(x, y, StringComparison.InvariantCulture))
                + " invIC " + Sign(string.Compare(x, y, StringComparison.InvariantCultureIgnoreCase)));
        }
        Console.WriteLine(Sign(string.Compare("abc", 1, "xbc", 1, 2)) + " " + Sign(string.Compare(null, "a")) + " " + Sign(string.Compare(null, null)));
        Console.WriteLine("Hello".Equals("hello", StringComparison.OrdinalIgnoreCase) + " " + string.Equals("a", "A") + " " + string.Equals(null, null));
        Console.WriteLine(Sign("b".CompareTo("a")) + " " + Sign("a".CompareTo((object)null)));
        var words = new List<string> { "pear", "Apple", "banana", "apple", "Banana", "cherry" };
        words.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", words));
        words.Sort(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", words));
        words.Sort(StringComparer.InvariantCulture);
        Console.WriteLine(string.Join(" ", words));
        Console.WriteLine(StringComparer.OrdinalIgnoreCase.Equals("ABC", "abc") + " " + (StringComparer.OrdinalIgnoreCase.GetHashCode("ABC") == StringComparer.OrdinalIgnoreCase.GetHashCode("abc")));
        var dict = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        dict["Key"] = 1; dict["KEY"] = 2;
        Console.WriteLine(dict.Count + " " + dict["key"]);
        CompareInfo ci = CultureInfo.InvariantCulture.CompareInfo;
        Console.WriteLine(Sign(ci.Compare("a", "A", CompareOptions.IgnoreCase)) + " " + ci.IndexOf("Hello", "LL", CompareOptions.IgnoreCase) + " " + ci.IsPrefix("Hello", "he", CompareOptions.IgnoreCase));
        Console.WriteLine(CultureInfo.InvariantCulture.TextInfo.ToTitleCase("hello big world"));
    }
}

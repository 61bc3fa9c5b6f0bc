// mcs-options: -r:System.Core.dll
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
class Collation {
    static void Main() {
        var words = new List<string> { "banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "Zulu", "a-b", "ab" };
        words.Sort();
        Console.WriteLine(string.Join(" ", words));
        Console.WriteLine(string.Join(" ", words.OrderBy(w => w, StringComparer.Ordinal)));
        Console.WriteLine(string.Join(" ", words.OrderBy(w => w, StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine(string.Compare("apple", "Apple") + " " + string.Compare("apple", "Apple", true) + " " + string.Compare("a", "b"));
        Console.WriteLine(string.Compare("resume", "résumé", CultureInfo.InvariantCulture, CompareOptions.IgnoreNonSpace));
        Console.WriteLine("Straße".StartsWith("Stra") + " " + "abc".EndsWith("C", StringComparison.OrdinalIgnoreCase) + " " + "Hello".IndexOf("LL", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(CultureInfo.InvariantCulture.CompareInfo.IndexOf("naïve", "ï") + " " + "ABC".ToLower(CultureInfo.InvariantCulture));
        Console.WriteLine(CultureInfo.CurrentCulture.Name.Length >= 0);
        Console.WriteLine(char.IsLetter('é') + " " + char.IsWhiteSpace('\t') + " " + char.GetUnicodeCategory('€') + " " + char.IsPunctuation('!'));
    }
}

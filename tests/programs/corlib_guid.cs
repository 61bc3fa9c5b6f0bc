using System;
class Guids {
    static void Main() {
        var g = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        foreach (var f in new[] { "D", "N", "B", "P", "X", "" }) Console.WriteLine(f + ": " + g.ToString(f));
        Console.WriteLine(g);
        Console.WriteLine(BitConverter.ToString(g.ToByteArray()));
        Console.WriteLine(new Guid(g.ToByteArray()) == g);
        Console.WriteLine(new Guid(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        Console.WriteLine(new Guid(unchecked((int)0xdeadbeef), 0x1234, 0x5678, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }).ToString("B"));
        string[] inputs = { "{0F8FAD5B-D9CB-469F-A165-70867728950E}", "0f8fad5bd9cb469fa16570867728950e", "(0f8fad5b-d9cb-469f-a165-70867728950e)", "{0x0f8fad5b,0xd9cb,0x469f,{0xa1,0x65,0x70,0x86,0x77,0x28,0x95,0x0e}}", "not-a-guid", "0f8fad5b-d9cb-469f-a165-70867728950", "" };
        foreach (var s in inputs) {
            Guid r;
            Console.WriteLine("[" + s + "] " + Guid.TryParse(s, out r) + " " + (r == g));
        }
        Guid ex;
        Console.WriteLine(Guid.TryParseExact("0f8fad5bd9cb469fa16570867728950e", "N", out ex) + " " + Guid.TryParseExact("0f8fad5bd9cb469fa16570867728950e", "D", out ex));
        Console.WriteLine(Guid.Empty + " " + (Guid.Empty == new Guid()) + " " + Guid.Empty.Equals(g));
        var h = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950f");
        Console.WriteLine(g.CompareTo(h) + " " + h.CompareTo(g) + " " + g.CompareTo(g) + " " + (g.GetHashCode() == new Guid(g.ToString()).GetHashCode()));
        var n1 = Guid.NewGuid(); var n2 = Guid.NewGuid();
        Console.WriteLine((n1 != n2) + " " + (n1 != Guid.Empty) + " " + n1.ToString()[14]);
        try { Guid.Parse("xyz"); } catch (FormatException) { Console.WriteLine("FormatException"); }
    }
}

// k-nucleotide: read FASTA from stdin, take the sequence named THREE, and
// count its k-mers with a hash table: the frequencies of all 1- and 2-mers,
// then the counts of five given longer ones.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

static class KNucleotide
{
    // A k-mer packed two bits per base (k <= 32), so the table keys on a long.
    static int Code(byte b)
    {
        switch (b) {
        case (byte)'A': return 0;
        case (byte)'C': return 1;
        case (byte)'G': return 2;
        default: return 3; // T
        }
    }

    static readonly char[] Bases = { 'A', 'C', 'G', 'T' };

    static string Decode(long key, int k)
    {
        var chars = new char[k];
        for (int i = k - 1; i >= 0; i--) {
            chars[i] = Bases[key & 3];
            key >>= 2;
        }
        return new string(chars);
    }

    static long Encode(string kmer)
    {
        long key = 0;
        foreach (char c in kmer)
            key = (key << 2) + Code((byte)c);
        return key;
    }

    static Dictionary<long, int> Count(byte[] codes, int length, int k)
    {
        var counts = new Dictionary<long, int>();
        long mask = k == 32 ? -1 : (1L << (2 * k)) - 1;
        long key = 0;
        for (int i = 0; i < length; i++) {
            key = ((key << 2) | codes[i]) & mask;
            if (i < k - 1)
                continue;
            int n;
            counts.TryGetValue(key, out n);
            counts[key] = n + 1;
        }
        return counts;
    }

    static byte[] ReadSequence(Stream input, out int length)
    {
        var reader = new StreamReader(input, Encoding.ASCII);
        string line;
        while ((line = reader.ReadLine()) != null && !line.StartsWith(">THREE", StringComparison.Ordinal)) {
        }
        var codes = new List<byte>(1 << 20);
        while ((line = reader.ReadLine()) != null && (line.Length == 0 || line[0] != '>')) {
            foreach (char c in line)
                codes.Add((byte)Code((byte)char.ToUpperInvariant(c)));
        }
        length = codes.Count;
        return codes.ToArray();
    }

    static void Main()
    {
        int length;
        byte[] codes = ReadSequence(Console.OpenStandardInput(), out length);
        var output = new StringBuilder();

        for (int k = 1; k <= 2; k++) {
            var entries = new List<KeyValuePair<long, int>>(Count(codes, length, k));
            // Most frequent first, ties in alphabetical order.
            entries.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
            int total = length - k + 1;
            foreach (var e in entries)
                output.AppendFormat("{0} {1:F3}\n", Decode(e.Key, k), 100.0 * e.Value / total);
            output.Append('\n');
        }

        foreach (var kmer in new[] { "GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT" }) {
            int n;
            Count(codes, length, kmer.Length).TryGetValue(Encode(kmer), out n);
            output.AppendFormat("{0}\t{1}\n", n, kmer);
        }
        Console.Write(output.ToString());
    }
}

// reverse-complement: read FASTA from stdin and write each sequence's
// reverse complement (IUPAC codes, either case in, upper case out), 60 bases
// a line, after its unchanged header.
using System;
using System.IO;

static class ReverseComplement
{
    const int LineLength = 60;
    static readonly byte[] complement = new byte[256];

    static void InitComplement()
    {
        for (int i = 0; i < 256; i++)
            complement[i] = (byte)i;
        const string from = "ACGTUMRWSYKVHDBN", to = "TGCAAKYWSRMBDHVN";
        for (int i = 0; i < from.Length; i++) {
            complement[from[i]] = (byte)to[i];
            complement[char.ToLowerInvariant(from[i])] = (byte)to[i];
        }
    }

    static byte[] ReadAll(Stream input)
    {
        var memory = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = input.Read(chunk, 0, chunk.Length)) > 0)
            memory.Write(chunk, 0, n);
        return memory.ToArray();
    }

    // Writes the bases of data[start, end) (newlines skipped) reversed and
    // complemented, into out from outAt; returns where it stopped.
    static int Emit(byte[] data, int start, int end, byte[] output, int outAt)
    {
        int column = 0;
        for (int i = end - 1; i >= start; i--) {
            byte b = data[i];
            if (b == (byte)'\n' || b == (byte)'\r')
                continue;
            output[outAt++] = complement[b];
            if (++column == LineLength) {
                output[outAt++] = (byte)'\n';
                column = 0;
            }
        }
        if (column > 0)
            output[outAt++] = (byte)'\n';
        return outAt;
    }

    static void Main()
    {
        InitComplement();
        byte[] data = ReadAll(Console.OpenStandardInput());
        // Every base is written once, plus at most one newline per base.
        var output = new byte[2 * data.Length + 1];
        int outAt = 0, i = 0;
        while (i < data.Length) {
            // The header line is copied as it is.
            int headerEnd = Array.IndexOf(data, (byte)'\n', i);
            if (headerEnd < 0)
                headerEnd = data.Length - 1;
            Array.Copy(data, i, output, outAt, headerEnd - i + 1);
            outAt += headerEnd - i + 1;
            int seqEnd = Array.IndexOf(data, (byte)'>', headerEnd + 1);
            if (seqEnd < 0)
                seqEnd = data.Length;
            outAt = Emit(data, headerEnd + 1, seqEnd, output, outAt);
            i = seqEnd;
        }
        using (var stdout = Console.OpenStandardOutput())
            stdout.Write(output, 0, outAt);
    }
}

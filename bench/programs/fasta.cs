// fasta: write three DNA sequences in FASTA format, 60 bases a line: a
// fixed sequence (ALU) repeated, then two drawn from weighted alphabets by a
// linear congruential generator. Argument: n (the sequences are 2n, 3n and
// 5n bases long). k-nucleotide and reverse-complement read this output.
using System;
using System.IO;
using System.Text;

static class Fasta
{
    const int LineLength = 60;

    const string Alu =
        "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
        "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
        "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
        "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
        "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
        "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
        "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";

    static readonly char[] IubCodes = "acgtBDHKMNRSVWY".ToCharArray();
    static readonly double[] IubWeights = {
        0.27, 0.12, 0.12, 0.27, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02,
    };
    static readonly char[] HumanCodes = "acgt".ToCharArray();
    static readonly double[] HumanWeights = {
        0.3029549426680, 0.1979883004921, 0.1975473066391, 0.3015094502008,
    };

    // The generator every implementation shares, so outputs agree.
    const int Modulus = 139968, Multiplier = 3877, Increment = 29573;
    static int seed = 42;

    static double Random(double max)
    {
        seed = (seed * Multiplier + Increment) % Modulus;
        return max * seed / Modulus;
    }

    // Buffered byte output: Console's TextWriter would measure encoding.
    static Stream output;
    static readonly byte[] buffer = new byte[1 << 16];
    static int used;

    static void Put(byte b)
    {
        if (used == buffer.Length)
            Flush();
        buffer[used++] = b;
    }

    static void PutLine(string text)
    {
        foreach (char c in text)
            Put((byte)c);
        Put((byte)'\n');
    }

    static void Flush()
    {
        output.Write(buffer, 0, used);
        used = 0;
    }

    static void Repeat(string header, string sequence, int length)
    {
        PutLine(header);
        for (int i = 0, column = 0; i < length; i++) {
            Put((byte)sequence[i % sequence.Length]);
            if (++column == LineLength || i == length - 1) {
                Put((byte)'\n');
                column = 0;
            }
        }
    }

    static void Random(string header, char[] codes, double[] weights, int length)
    {
        // Cumulative weights: a draw r picks the first code whose running
        // total exceeds it.
        var cumulative = new double[weights.Length];
        double total = 0;
        for (int i = 0; i < weights.Length; i++) {
            total += weights[i];
            cumulative[i] = total;
        }
        PutLine(header);
        for (int i = 0, column = 0; i < length; i++) {
            double r = Random(1.0);
            int k = 0;
            while (k < cumulative.Length - 1 && r >= cumulative[k])
                k++;
            Put((byte)codes[k]);
            if (++column == LineLength || i == length - 1) {
                Put((byte)'\n');
                column = 0;
            }
        }
    }

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 1000;
        using (output = Console.OpenStandardOutput()) {
            Repeat(">ONE Homo sapiens alu", Alu, 2 * n);
            Random(">TWO IUB ambiguity codes", IubCodes, IubWeights, 3 * n);
            Random(">THREE Homo sapiens frequency", HumanCodes, HumanWeights, 5 * n);
            Flush();
        }
    }
}

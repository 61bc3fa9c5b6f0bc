// fannkuch-redux: for every permutation of 1..n (in the order produced by
// rotating prefixes), count the prefix reversals until the first element is
// 1; print the alternating-sign checksum and the maximum. Argument: n.
using System;

static class FannkuchRedux
{
    // Reversals needed to bring 0 to the front of a copy of perm.
    static int Flips(int[] perm, int[] work)
    {
        Array.Copy(perm, work, perm.Length);
        int flips = 0;
        for (int first = work[0]; first != 0; first = work[0]) {
            for (int lo = 0, hi = first; lo < hi; lo++, hi--) {
                int t = work[lo];
                work[lo] = work[hi];
                work[hi] = t;
            }
            flips++;
        }
        return flips;
    }

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 7;
        var perm = new int[n];
        var work = new int[n];
        // rotations[r]: how many more rotations of the prefix of length r+1
        // are left before the next longer prefix rotates.
        var rotations = new int[n];
        for (int i = 0; i < n; i++)
            perm[i] = i;

        int checksum = 0, maxFlips = 0, index = 0, r = n;
        while (true) {
            for (; r > 1; r--)
                rotations[r - 1] = r;

            int flips = Flips(perm, work);
            if (flips > maxFlips)
                maxFlips = flips;
            checksum += (index & 1) == 0 ? flips : -flips;

            // Next permutation: rotate the shortest prefix that still has
            // rotations left, resetting the shorter ones above.
            while (true) {
                if (r == n) {
                    Console.WriteLine(checksum);
                    Console.WriteLine("Pfannkuchen({0}) = {1}", n, maxFlips);
                    return;
                }
                int head = perm[0];
                for (int i = 0; i < r; i++)
                    perm[i] = perm[i + 1];
                perm[r] = head;
                if (--rotations[r] > 0)
                    break;
                r++;
            }
            index++;
        }
    }
}

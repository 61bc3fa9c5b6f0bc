// Bit-twiddling puzzle kit on uint/ulong: popcount (SWAR and Kernighan),
// bit reversal, next permutation of a bit pattern, Gray code round-trip,
// parity and isolating/clearing the lowest set bit.
using System;
static class Bits {
    public static int PopSwar(uint x) {
        x = x - ((x >> 1) & 0x55555555u);
        x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
        x = (x + (x >> 4)) & 0x0F0F0F0Fu;
        return (int)((x * 0x01010101u) >> 24);
    }
    public static int PopKernighan(ulong x) { int n = 0; while (x != 0) { x &= x - 1; n++; } return n; }
    public static uint Reverse(uint x) {
        x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
        x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
        x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
        x = ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8);
        return (x >> 16) | (x << 16);
    }
    public static ulong Reverse64(ulong x) { return ((ulong)Reverse((uint)x) << 32) | Reverse((uint)(x >> 32)); }
    public static uint NextSamePop(uint v) {
        uint t = v | (v - 1);
        return (t + 1) | (((~t & (uint)-(int)~t) - 1) >> (Tz(v) + 1));
    }
    public static int Tz(uint v) { if (v == 0) return 32; int n = 0; while ((v & 1) == 0) { v >>= 1; n++; } return n; }
    public static int Lz(ulong v) { int n = 0; for (ulong m = 1UL << 63; m != 0 && (v & m) == 0; m >>= 1) n++; return n; }
    public static uint Gray(uint x) { return x ^ (x >> 1); }
    public static uint FromGray(uint g) { for (uint s = 1; s < 32; s <<= 1) g ^= g >> (int)s; return g; }
    public static bool Parity(ulong x) { x ^= x >> 32; x ^= x >> 16; x ^= x >> 8; x ^= x >> 4; x ^= x >> 2; x ^= x >> 1; return (x & 1) != 0; }
}
class P {
    static int Main() {
        if (Bits.PopSwar(0xFFFFFFFFu) != 32 || Bits.PopSwar(0) != 0 || Bits.PopSwar(0x80000001u) != 2) return 1;
        ulong z = 0x9E3779B97F4A7C15UL; int total = 0;
        for (int i = 0; i < 100; i++) {
            z = z * 6364136223846793005UL + 1442695040888963407UL;
            int a = Bits.PopSwar((uint)z) + Bits.PopSwar((uint)(z >> 32));
            if (a != Bits.PopKernighan(z)) return 2;
            if (Bits.Parity(z) != ((a & 1) == 1)) return 3;
            if (Bits.Reverse64(Bits.Reverse64(z)) != z) return 4;
            total += a;
        }
        if (total != 3235) return 5;
        if (Bits.Reverse(1u) != 0x80000000u || Bits.Reverse(0x12345678u) != 0x1E6A2C48u) return 6;
        if (Bits.Reverse64(1UL) != 0x8000000000000000UL) return 7;
        // all 5-bit-of-8 patterns in order: C(8,5) = 56
        uint v = 0x1F; int count = 1;
        while (true) { uint nv = Bits.NextSamePop(v); if (nv > 0xFF) break; if (nv <= v || Bits.PopSwar(nv) != 5) return 8; v = nv; count++; }
        if (count != 56 || v != 0xF8) return 9;
        for (uint i = 0; i < 1000; i++) {
            if (Bits.FromGray(Bits.Gray(i)) != i) return 10;
            if (Bits.PopSwar(Bits.Gray(i) ^ Bits.Gray(i + 1)) != 1) return 11;
        }
        if (Bits.Lz(1UL) != 63 || Bits.Lz(0) != 64 || Bits.Lz(0x00F0000000000000UL) != 8) return 12;
        uint w = 0xB0u;
        if ((w & (uint)-(int)w) != 0x10u) return 13;        // isolate lowest bit
        if ((w & (w - 1)) != 0xA0u) return 14;              // clear lowest bit
        ulong rot = 0x0123456789ABCDEFUL;
        ulong r = (rot << 12) | (rot >> 52);
        if (r != 0x3456789ABCDEF012UL) return 15;
        return 0;
    }
}

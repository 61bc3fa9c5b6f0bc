// Arrays of structs (in-place updates, whole-element copies, default
// values), arrays of enums of several underlying sizes, arrays of bool and
// char, byte arrays wrapping on increment, and long arrays with big indices.
enum Color : byte { Red, Green = 5, Blue = 200 }
enum Big : long { A = 1, B = 1L << 40 }
struct V3 { public int X, Y, Z; public int Sum() { return X + Y + Z; } }
class P {
    static int Main() {
        V3[] vs = new V3[5];
        for (int i = 0; i < vs.Length; i++) { vs[i].X = i; vs[i].Y = i * 2; vs[i].Z = i * 3; }
        int s = 0; foreach (V3 v in vs) s += v.Sum();
        if (s != 60) return 1;
        V3 tmp = vs[4]; vs[4] = vs[0]; vs[0] = tmp;
        if (vs[0].Z != 12 || vs[4].Z != 0) return 2;
        Color[] cs = new Color[3];
        cs[1] = Color.Green; cs[2] = Color.Blue;
        if (cs[0] != Color.Red || (int)cs[2] != 200) return 3;
        cs[2]++;
        if ((byte)cs[2] != 201) return 4;
        Big[] bs = { Big.A, Big.B };
        if ((long)bs[1] >> 40 != 1) return 5;
        bool[] flags = new bool[4]; flags[2] = true;
        int cnt = 0; foreach (bool f in flags) if (f) cnt++;
        if (cnt != 1) return 6;
        char[] word = new char[3]; word[0] = 'a'; word[1] = (char)(word[0] + 1); word[2] = 'z';
        if (word[1] != 'b' || word[2] - word[0] != 25) return 7;
        byte[] bytes = new byte[2]; bytes[0] = 255; bytes[0]++;
        if (bytes[0] != 0) return 8;
        sbyte[] sb = new sbyte[1]; sb[0] = 127; sb[0]++;
        if (sb[0] != -128) return 9;
        short[] sh = new short[1]; sh[0] = -1;
        ushort[] us = new ushort[1]; us[0] = (ushort)sh[0];
        if (us[0] != 65535) return 10;
        return 0;
    }
}

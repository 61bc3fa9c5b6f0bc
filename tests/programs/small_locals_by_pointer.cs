// A small local written through a pointer (an out or ref parameter, which
// stores just its bytes) reads back as the value stored: sign- or
// zero-extended from its own width, never the rest of its slot.
class Program {
    static void Decode(out sbyte value) { byte raw = 134; value = (sbyte)raw; }
    static void SetShort(out short value) { value = -12345; }
    static void SetChar(ref char value) { value = '\uFFFE'; }
    static void SetBool(out bool value) { value = true; }
    static void SetByte(ref byte value) { value = 250; }

    static int Main() {
        int failures = 0;
        sbyte t;
        Decode(out t);
        if (t != -122) failures |= 1;
        short s;
        SetShort(out s);
        if (s != -12345) failures |= 2;
        char c = 'a';
        SetChar(ref c);
        if (c != '\uFFFE') failures |= 4;
        bool b;
        SetBool(out b);
        if (!b) failures |= 8;
        byte u = 1;
        SetByte(ref u);
        if (u != 250 || u + 10 != 260) failures |= 16;
        return failures;
    }
}

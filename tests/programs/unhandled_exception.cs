// An exception nothing catches ends the program with exit code 1, after the
// finally blocks on the way have not run (mono, like CoreCLR, does not run
// them for an unhandled exception), which the exit code cannot show but the
// counter left in a static field would if it were printed later.
using System;
class P {
    static int Depth(int n) { if (n == 0) throw new InvalidOperationException("deep"); return Depth(n - 1) + 1; }
    static int Main() {
        try { Depth(50); } catch (ArgumentException) { return 3; }
        return 0;
    }
}

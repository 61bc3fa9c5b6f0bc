using System;
class NestedInFinally {
    static int inner;
    static void ThrowsAndCatches() { try { throw new FormatException("inner"); } catch (FormatException) { inner++; } }
    static void FinallyThrowsInside() {
        try { throw new InvalidOperationException("outer"); }
        finally {
            ThrowsAndCatches();                      // caught in a callee of the finally
            try { throw new ArgumentException("x"); } catch (ArgumentException) { inner++; } // caught inside the block
        }
    }
    static void FinallyReplaces() {
        try { throw new InvalidOperationException("first"); }
        finally { throw new NotSupportedException("second"); } // leaves the block: replaces the first
    }
    static int Main() {
        try { FinallyThrowsInside(); } catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message + " inner " + inner); }
        try { FinallyReplaces(); } catch (Exception e) { Console.WriteLine("caught " + e.GetType().Name + " " + e.Message); }
        int finallies = 0;
        try {
            try { throw new Exception("deep"); }
            finally { finallies++; try { try { throw new Exception("a"); } finally { finallies++; } } catch (Exception) { finallies += 10; } }
        } catch (Exception e) { Console.WriteLine(e.Message + " " + finallies); }
        try { try { throw new Exception("w"); } finally { Console.WriteLine("writing in a finally"); } } catch (Exception e) { Console.WriteLine("then " + e.Message); }
        return inner;
    }
}

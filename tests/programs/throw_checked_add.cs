// Unhandled OverflowException from checked int32 addition (add.ovf)
// stepping past int.MaxValue in a loop; the steps before overflow are
// fine. Exit 1.
class P {
    static int Main() {
        int x = int.MaxValue - 10;
        int steps = 0;
        checked {
            while (true) {
                x = x + 1;
                steps++;
                if (steps > 10) return 2; // the 11th addition must throw first
            }
        }
    }
}

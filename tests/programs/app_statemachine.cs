// A vending machine / traffic-light style state machine driven by an event
// script: enums, switch on enum, nested switch, enum arithmetic and casts.
using System;
enum State : byte { Idle, Selecting, Paying, Dispensing, Refunding, Broken }
enum Ev { Coin5, Coin10, Coin25, Select, Cancel, Tick, Kick }
[Flags] enum Alarm { None = 0, LowStock = 1, Tilt = 2, Jam = 4 }
class Machine {
    public State S = State.Idle;
    public int Credit, Price, Item, Sales, Refunded, Transitions;
    public int[] Stock = new int[4];
    public Alarm Alarms;
    public int[] Visits = new int[6];
    static int PriceOf(int item) {
        switch (item) { case 0: return 35; case 1: return 50; case 2: return 65; default: return 100; }
    }
    void Go(State n) { if (n != S) Transitions++; S = n; Visits[(int)n]++; }
    public void Feed(Ev e, int arg) {
        switch (S) {
            case State.Idle:
                if (e == Ev.Select) { Item = arg; Price = PriceOf(arg); Go(State.Selecting); }
                else if (e <= Ev.Coin25) { Credit += Coin(e); Go(State.Paying); }
                break;
            case State.Selecting:
            case State.Paying:
                switch (e) {
                    case Ev.Coin5: case Ev.Coin10: case Ev.Coin25:
                        Credit += Coin(e);
                        if (Price > 0 && Credit >= Price) Go(State.Dispensing); else Go(State.Paying);
                        break;
                    case Ev.Select:
                        Item = arg; Price = PriceOf(arg);
                        if (Credit >= Price) Go(State.Dispensing);
                        break;
                    case Ev.Cancel: Go(State.Refunding); break;
                    case Ev.Kick: Alarms |= Alarm.Tilt; Go(State.Broken); break;
                }
                break;
            case State.Dispensing:
                if (e == Ev.Tick) {
                    if (Stock[Item] == 0) { Alarms |= Alarm.Jam; Go(State.Refunding); break; }
                    Stock[Item]--; Sales += Price; Credit -= Price; Price = 0;
                    if (Stock[Item] < 2) Alarms |= Alarm.LowStock;
                    Go(Credit > 0 ? State.Refunding : State.Idle);
                }
                break;
            case State.Refunding:
                if (e == Ev.Tick) { Refunded += Credit; Credit = 0; Price = 0; Go(State.Idle); }
                break;
            case State.Broken:
                if (e == Ev.Tick && arg == 7) { Alarms &= ~Alarm.Tilt; Go(State.Idle); }
                break;
        }
    }
    static int Coin(Ev e) { return e == Ev.Coin5 ? 5 : e == Ev.Coin10 ? 10 : 25; }
}
class P {
    static int Main() {
        Machine m = new Machine();
        m.Stock[0] = 3; m.Stock[1] = 1; m.Stock[2] = 0; m.Stock[3] = 5;
        Ev[] script = new Ev[40]; int[] args = new int[40]; int n = 0;
        // buy item 0 with 25+10, exact
        script[n] = Ev.Select; args[n++] = 0; script[n++] = Ev.Coin25; script[n++] = Ev.Coin10; script[n++] = Ev.Tick;
        // coins first, then select item 1 with overpay -> refund 10
        script[n++] = Ev.Coin25; script[n++] = Ev.Coin25; script[n++] = Ev.Coin10;
        script[n] = Ev.Select; args[n++] = 1; script[n++] = Ev.Tick; script[n++] = Ev.Tick;
        // item 2 is out of stock -> jam -> refund 75
        script[n] = Ev.Select; args[n++] = 2; script[n++] = Ev.Coin25; script[n++] = Ev.Coin25; script[n++] = Ev.Coin25;
        script[n++] = Ev.Tick; script[n++] = Ev.Tick;
        // cancel midway -> refund 5
        script[n++] = Ev.Coin5; script[n++] = Ev.Cancel; script[n++] = Ev.Tick;
        // kick -> broken, wrong repair code, then right one
        script[n++] = Ev.Coin10; script[n++] = Ev.Kick; script[n] = Ev.Tick; args[n++] = 3; script[n] = Ev.Tick; args[n++] = 7;
        for (int i = 0; i < n; i++) m.Feed(script[i], args[i]);
        if (m.S != State.Idle) return 1;
        if (m.Sales != 85) return 2;
        if (m.Refunded != 90) return 3;
        if (m.Credit != 10) return 4;                        // the kicked coin stays inside
        if (m.Alarms != (Alarm.LowStock | Alarm.Jam)) return 5;
        if (m.Stock[0] != 2 || m.Stock[1] != 0) return 6;
        int sig = 0;
        for (int i = 0; i < 6; i++) sig = sig * 31 + m.Visits[i];
        State st = State.Broken;
        st--;
        if (st != State.Refunding || (int)st != 4) return 7;
        if ((byte)State.Dispensing + 2 != 5) return 8;
        if (m.Transitions != 19) return 9;
        if (sig != 145234102) return 10;
        return 0;
    }
}

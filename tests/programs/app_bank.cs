// Bank-account simulation: accounts with overdraft rules, transfers that
// roll back on failure, custom exceptions carrying codes, an audit log.
using System;
class InsufficientFunds : Exception { public int Short; public InsufficientFunds(int s) { Short = s; } }
class AccountFrozen : Exception { public int Id; public AccountFrozen(int id) { Id = id; } }
class Account {
    public int Id; public long Balance; public bool Frozen; public int Ops;
    public Account(int id, long initial) { Id = id; Balance = initial; }
    public virtual long Limit { get { return 0; } }
    public void Deposit(long amt) {
        if (Frozen) throw new AccountFrozen(Id);
        if (amt <= 0) throw new ArgumentException();
        Balance += amt; Ops++;
    }
    public virtual void Withdraw(long amt) {
        if (Frozen) throw new AccountFrozen(Id);
        if (Balance - amt < -Limit) throw new InsufficientFunds((int)(amt - Balance - Limit));
        Balance -= amt; Ops++;
    }
}
class Checking : Account {
    public Checking(int id, long b) : base(id, b) {}
    public override long Limit { get { return 500; } }
}
class Savings : Account {
    public int Withdrawals;
    public Savings(int id, long b) : base(id, b) {}
    public override void Withdraw(long amt) {
        if (Withdrawals >= 2) throw new InvalidOperationException();
        base.Withdraw(amt);
        Withdrawals++;
    }
    public void AddInterest(int basisPoints) { Balance += Balance * basisPoints / 10000; }
}
class Bank {
    public Account[] Accounts = new Account[8];
    public int Count;
    public int[] Log = new int[64];
    public int LogLen;
    public Account Open(Account a) { Accounts[Count++] = a; return a; }
    public Account Find(int id) {
        for (int i = 0; i < Count; i++) if (Accounts[i].Id == id) return Accounts[i];
        throw new IndexOutOfRangeException();
    }
    public bool Transfer(int from, int to, long amt) {
        Account a = Find(from), b = Find(to);
        long savedA = a.Balance;
        try {
            a.Withdraw(amt);
            b.Deposit(amt);
            Log[LogLen++] = 1;
            return true;
        } catch (AccountFrozen e) {
            a.Balance = savedA;   // roll back
            Log[LogLen++] = 100 + e.Id;
            return false;
        } catch (InsufficientFunds e) {
            Log[LogLen++] = 1000 + e.Short;
            return false;
        } finally {
            Log[LogLen++] = 9;
        }
    }
}
class P {
    static int Main() {
        Bank bank = new Bank();
        bank.Open(new Checking(1, 1000));
        Savings s = (Savings)bank.Open(new Savings(2, 5000));
        bank.Open(new Account(3, 200));
        if (!bank.Transfer(1, 3, 1400)) return 1;          // overdraft to -400
        if (bank.Find(1).Balance != -400) return 2;
        if (bank.Transfer(1, 2, 200)) return 3;            // would be -600: short 100
        if (bank.Log[2] != 1100) return 4;
        bank.Find(3).Frozen = true;
        if (bank.Transfer(2, 3, 300)) return 5;            // rolled back
        if (s.Balance != 5000) return 6;
        if (s.Withdrawals != 1) return 7;                  // counter still advanced
        bank.Find(3).Frozen = false;
        if (!bank.Transfer(2, 3, 1000)) return 8;
        int caught = 0;
        try { bank.Transfer(2, 1, 1); } catch (InvalidOperationException) { caught = 1; }
        if (caught != 1) return 9;
        try { bank.Find(42); } catch (IndexOutOfRangeException) { caught += 2; }
        try { bank.Find(1).Deposit(-5); } catch (ArgumentException) { caught += 4; }
        if (caught != 7) return 10;
        s.AddInterest(250);                                 // 4000 * 2.5%
        if (s.Balance != 4100) return 11;
        long total = 0; int ops = 0;
        for (int i = 0; i < bank.Count; i++) { total += bank.Accounts[i].Balance; ops += bank.Accounts[i].Ops; }
        if (total != 1000 + 5000 + 200 + 100) return 12;
        if (ops != 5) return 13;
        int sig = 0;
        for (int i = 0; i < bank.LogLen; i++) sig = sig * 7 + bank.Log[i];
        if (bank.LogLen != 9) return 14;
        if (sig != 142992362) return 15;
        return 0;
    }
}

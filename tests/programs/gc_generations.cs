// Cross-generation references: a long-lived structure (promoted by the
// collections the churn starts) keeps getting pointed at young objects,
// through fields, array elements, struct fields in arrays, and a large
// (born old) array; everything it reaches must survive intact, and what it
// dropped must not come back.
using System;

class Node {
    public int value;
    public Node next;
    public object payload;
    public Node(int v) { value = v; }
}

struct Slot { public int tag; public Node node; public string text; }

class Program {
    static Node[] table;        // promoted early, then refilled with young nodes
    static Slot[] slots;
    static object[] big;        // 85,000 bytes or more: the large object heap
    static Node chain;
    static int sink;

    static void Churn(int n) {
        for (int i = 0; i < n; i++) {
            var junk = new int[i % 50 + 1];
            junk[0] = i;
            sink += junk[0] & 1;
            var s = new Node(i);
            sink += s.value & 2;
        }
    }

    static long Check() {
        long sum = 0;
        for (int i = 0; i < table.Length; i++) {
            Node n = table[i];
            while (n != null) { sum += n.value; if (n.payload is string) sum += ((string)n.payload).Length; else if (n.payload != null) sum += ((int[])n.payload).Length; n = n.next; }
        }
        for (int i = 0; i < slots.Length; i++) {
            sum += slots[i].tag;
            if (slots[i].node != null) sum += slots[i].node.value * 3;
            if (slots[i].text != null) sum += slots[i].text.Length;
        }
        for (int i = 0; i < big.Length; i += 97)
            if (big[i] != null) sum += ((Node)big[i]).value;
        for (Node n = chain; n != null; n = n.next) sum += n.value;
        return sum;
    }

    static int Main() {
        table = new Node[512];
        slots = new Slot[256];
        big = new object[12000];
        for (int i = 0; i < table.Length; i++) table[i] = new Node(i);
        Churn(200000); // the table and its nodes are old now

        long before = 0;
        for (int round = 0; round < 20; round++) {
            for (int i = round; i < table.Length; i += 7) {
                var young = new Node(round * 1000 + i);
                young.payload = (i % 3 == 0) ? (object)"three" : new int[i % 5 + 1];
                young.next = table[i].next;          // old -> young -> older chain
                table[i].next = young;
                if (young.next != null && young.next.next != null)
                    young.next.next = null;          // drop the tail: garbage
            }
            for (int i = round; i < slots.Length; i += 5) {
                slots[i].tag = round;
                slots[i].node = new Node(i + round);
                slots[i].text = (i % 2 == 0) ? "even" : "odd!";
            }
            for (int i = round; i < big.Length; i += 97)
                big[i] = new Node(i * 2 + round);
            chain = new Node(round) { next = chain };
            Churn(30000);
            long sum = Check();
            if (sum < before) return 1 + round;
            before = sum;
        }
        // What mono computes: compared through the exit code.
        return 100 + (int)(Check() % 100);
    }
}

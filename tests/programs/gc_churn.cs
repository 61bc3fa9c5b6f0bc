// Two million short-lived objects and a list kept alive through them: the
// collector reclaims the garbage (the zero collector would need ~340 MB) and
// every kept node keeps its contents.
class Node { public Node next; public int[] data; public Node(int n) { data = new int[n]; } }
class P {
    static int Main() {
        Node keep = null;
        long sum = 0;
        for (int i = 0; i < 2000000; i++) {
            Node n = new Node(i % 50 + 1);
            n.data[0] = i;
            if (i % 1000 == 0) { n.next = keep; keep = n; }
            sum += n.data[0];
        }
        int count = 0;
        for (Node k = keep; k != null; k = k.next) { if (k.data[0] % 1000 != 0) return 1; count++; }
        return count == 2000 && sum == 1999999000000L ? 0 : 2;
    }
}

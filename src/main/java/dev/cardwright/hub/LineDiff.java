package dev.cardwright.hub;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines (longest common subsequence after trimming the common
 * head and tail, which is all of a card but the edited part), with three lines of context, as
 * {@code git diff} shows it. For showing what a push changes, not for patching.
 */
public final class LineDiff {
    private static final int CONTEXT = 3;

    private LineDiff() {
    }

    /** The hunks ({@code @@ -a,b +c,d @@} and lines starting with space, {@code -} or {@code +}); empty when equal. */
    public static List<String> unified(String before, String after) {
        List<String> a = before == null ? List.of() : before.lines().toList();
        List<String> b = after.lines().toList();
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<String> ops = new ArrayList<>(); // one per line: ' ', '-' or '+' then the text
        for (int i = 0; i < head; i++) {
            ops.add(" " + a.get(i));
        }
        ops.addAll(middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail)));
        for (int i = a.size() - tail; i < a.size(); i++) {
            ops.add(" " + a.get(i));
        }
        return hunks(ops);
    }

    private static List<String> middle(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add("-" + a.get(i++)); // removals before additions, as git shows them
            } else {
                out.add("+" + b.get(j++));
            }
        }
        return out;
    }

    private static List<String> hunks(List<String> ops) {
        List<String> out = new ArrayList<>();
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k).charAt(0) == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int quiet = 0;
            while (end < ops.size() && quiet <= 2 * CONTEXT) {
                quiet = ops.get(end).charAt(0) == ' ' ? quiet + 1 : 0;
                end++;
            }
            end = Math.min(ops.size(), end - Math.max(0, quiet - CONTEXT));
            int oldStart = 1;
            int newStart = 1;
            for (int i = 0; i < start; i++) {
                oldStart += ops.get(i).charAt(0) != '+' ? 1 : 0;
                newStart += ops.get(i).charAt(0) != '-' ? 1 : 0;
            }
            int oldCount = 0;
            int newCount = 0;
            for (int i = start; i < end; i++) {
                oldCount += ops.get(i).charAt(0) != '+' ? 1 : 0;
                newCount += ops.get(i).charAt(0) != '-' ? 1 : 0;
            }
            // an empty side is numbered from the line before it (a new file is "-0,0")
            out.add("@@ -" + (oldCount == 0 ? oldStart - 1 : oldStart) + "," + oldCount
                    + " +" + (newCount == 0 ? newStart - 1 : newStart) + "," + newCount + " @@");
            out.addAll(ops.subList(start, end));
            k = end;
        }
        return out;
    }
}

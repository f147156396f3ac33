package dev.clientela.client;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Pairs joined into groups: clients linked by any chain of likely pairs are one group. A group's
 * id is derived from its members, so it stays the same while they do, and a dismissal names them.
 */
public final class DuplicateGroups {

    private DuplicateGroups() {}

    static List<Group> of(List<DuplicatePairs.Pair> pairs) {
        Map<UUID, UUID> parent = new HashMap<>();
        for (DuplicatePairs.Pair p : pairs) {
            union(parent, p.a().clientId(), p.b().clientId());
        }
        Map<UUID, List<DuplicatePairs.Pair>> byRoot = new HashMap<>();
        for (DuplicatePairs.Pair p : pairs) {
            byRoot.computeIfAbsent(root(parent, p.a().clientId()), r -> new ArrayList<>())
                    .add(p);
        }
        List<Group> groups = new ArrayList<>();
        byRoot.values().forEach(members -> groups.add(group(members)));
        groups.sort(Comparator.comparing(Group::score)
                .reversed()
                .thenComparing(g -> g.clients().getFirst().number()));
        return groups;
    }

    /**
     * A group found in the database: its clients' ids and numbers, in number order, and the best
     * score of its pairs (the report's page reads names and reasons from the live pairs).
     */
    static Group of(List<UUID> ids, List<Long> numbers, BigDecimal score) {
        List<Member> clients = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            clients.add(new Member(ids.get(i), numbers.get(i), null));
        }
        return new Group(id(new TreeSet<>(ids)), score, clients, List.of());
    }

    private static UUID id(java.util.SortedSet<UUID> members) {
        String key = String.join(",", members.stream().map(UUID::toString).toList());
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    private static Group group(List<DuplicatePairs.Pair> pairs) {
        Map<UUID, Member> members = new TreeMap<>();
        TreeSet<String> reasons = new TreeSet<>();
        BigDecimal score = BigDecimal.ZERO;
        for (DuplicatePairs.Pair p : pairs) {
            members.put(p.a().clientId(), p.a());
            members.put(p.b().clientId(), p.b());
            reasons.addAll(p.reasons());
            score = score.max(p.score());
        }
        List<Member> clients = new ArrayList<>(members.values());
        clients.sort(Comparator.comparingLong(Member::number));
        return new Group(id(new TreeSet<>(members.keySet())), score, clients, List.copyOf(reasons));
    }

    private static void union(Map<UUID, UUID> parent, UUID a, UUID b) {
        UUID ra = root(parent, a);
        UUID rb = root(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private static UUID root(Map<UUID, UUID> parent, UUID id) {
        UUID r = id;
        while (parent.containsKey(r) && !parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        UUID node = id;
        while (!node.equals(r)) { // path compression keeps long chains cheap
            UUID next = parent.get(node);
            parent.put(node, r);
            node = next;
        }
        return r;
    }

    /** Likely the same holder: the clients by number, the best score of their pairs and all their reasons. */
    public record Group(UUID groupId, BigDecimal score, List<Member> clients, List<String> reasons) {}

    /** A client of a group, as the report names it. */
    public record Member(UUID clientId, long number, String name) {}
}

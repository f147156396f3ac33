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
 * Pairs joined into groups: clients linked by a chain of likely pairs are one group, a chain too
 * long to review joined again by its stronger pairs ({@link PairChains}). A group's
 * id is derived from its members, so it stays the same while they do, and a dismissal names them.
 */
public final class DuplicateGroups {

    private DuplicateGroups() {}

    /** The groups these pairs make by the rule of {@link PairChains}, the report's order. */
    static List<Group> of(List<DuplicatePairs.Pair> pairs) {
        long[] a = pairs.stream().mapToLong(p -> p.a().number()).toArray();
        long[] b = pairs.stream().mapToLong(p -> p.b().number()).toArray();
        double[] score =
                pairs.stream().mapToDouble(p -> p.score().doubleValue()).toArray();
        PairChains chains = new PairChains(a, b, score, pairs.size());
        Map<Long, List<DuplicatePairs.Pair>> byGroup = new HashMap<>();
        for (DuplicatePairs.Pair p : pairs) {
            long group = chains.label(p.a().number());
            if (group >= 0 && group == chains.label(p.b().number())) {
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(p);
            }
        }
        List<Group> groups = new ArrayList<>();
        byGroup.values().forEach(members -> groups.add(group(members)));
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

    /** Likely the same holder: the clients by number, the best score of their pairs and all their reasons. */
    public record Group(UUID groupId, BigDecimal score, List<Member> clients, List<String> reasons) {}

    /** A client of a group, as the report names it. */
    public record Member(UUID clientId, long number, String name) {}
}

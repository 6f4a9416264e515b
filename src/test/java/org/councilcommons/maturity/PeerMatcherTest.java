package org.councilcommons.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed: two dimensions, so the largest possible distance is 2 × 4 = 8. */
class PeerMatcherTest {

    final PeerMatcher matcher = new PeerMatcher(TestModel.twoDimensions());

    final Profile me = profile(1, "Me", "Unitary authority", 100_000, 2, 3, Sharing.PRIVATE);
    final Profile x = profile(2, "Xton", "Unitary authority", 150_000, 3, 3, Sharing.LINKED);
    final Profile y = profile(3, "Yford", "District council", 500_000, 2, 3, Sharing.MEMBERS);
    final Profile w = profile(4, "Wick", "District council", null, 4, 1, Sharing.MEMBERS);
    final Profile hidden = profile(5, "Zed", "Unitary authority", 100_000, 2, 3, Sharing.PRIVATE);
    final List<Profile> all = List.of(me, x, y, w, hidden);

    static Profile profile(long id, String name, String type, Integer population, int a, int b, Sharing sharing) {
        return new Profile(id, "E0" + id, name, type, population, Map.of("a", a, "b", b), sharing);
    }

    @Test
    void similarityWeighsTheProfileNineTenthsAndContextOneTenth() {
        // distance 1 of 8 → 0.875 × 0.9 = 0.7875; same type and population within ×2 → + 0.1
        assertEquals(0.89, matcher.similarity(me, x));
        // identical levels → 0.9; other type, population five times larger → + 0
        assertEquals(0.90, matcher.similarity(me, y));
        // distance 4 of 8 → 0.45
        assertEquals(0.45, matcher.similarity(me, w));
    }

    @Test
    void similarCouncilsAreExplainedAndPrivateOnesNeverSuggested() {
        List<PeerMatcher.Similar> similar = matcher.similar(me, all);
        assertEquals(List.of("Yford", "Xton", "Wick"), similar.stream().map(s -> s.council().name()).toList(),
                "Zed has the same levels but keeps them private");
        assertEquals(List.of("same level on 2 of 2 dimensions"), similar.get(0).reasons());
        assertEquals(List.of("same level on 1 of 2 dimensions", "within one level on 2 of 2",
                "same type (unitary authority)", "similar population"), similar.get(1).reasons());
    }

    @Test
    void aheadOnAWeakDimensionPrefersCouncilsWithCaseStudiesOnIt() {
        var offers = new PeerMatcher.Offers(Map.of(4L, Map.of("a", 2)), Map.of(2L, Map.of("b", 1)));
        Map<String, List<PeerMatcher.Ahead>> ahead = matcher.aheadOn(me, all, offers);
        assertEquals(List.of("a", "b"), List.copyOf(ahead.keySet()), "weakest first");
        List<PeerMatcher.Ahead> onA = ahead.get("a");
        // Wick: 2 ahead but 2 case studies (rank 4.45); Xton: 1 ahead (rank 1.89); Yford is level with us
        assertEquals(List.of("Wick", "Xton"), onA.stream().map(h -> h.council().name()).toList());
        assertEquals(List.of("two levels ahead on alpha", "2 published case studies on it"), onA.get(0).reasons());
        assertEquals(1, onA.get(1).stepsAhead());
        assertTrue(ahead.get("b").isEmpty(), "nobody that shares is ahead on b (level 3): Xton and Yford are level");
    }

    @Test
    void theCohortIsTheSharingCouncilsAtTheSameStage() {
        // stages: me [2,3] → 2; Yford 2; Xton [3,3] → 3; Wick [1,4] → 1; Zed 2 but private
        assertEquals(List.of("Yford"), matcher.cohort(me, all).stream().map(Profile::name).toList());
    }

    @Test
    void aPeerMedianNeedsFiveCouncilsAndPrefersTheSameType() {
        assertTrue(matcher.peerMedian(me, all).isEmpty(), "four others are too few to show an aggregate");
        List<Profile> more = new ArrayList<>(all);
        more.add(profile(6, "Sixby", "District council", 1, 5, 5, Sharing.PRIVATE));
        PeerMatcher.Median median = matcher.peerMedian(me, more).orElseThrow();
        // only two other unitaries, so all five others: a = [3,2,4,2,5] → 3; b = [3,3,1,3,5] → 3
        assertEquals(Map.of("a", 3, "b", 3), median.levels());
        assertEquals("5 councils", median.group());
        for (int i = 7; i < 10; i++) {
            more.add(profile(i, "U" + i, "Unitary authority", 1, 1, 1, Sharing.PRIVATE));
        }
        PeerMatcher.Median unitary = matcher.peerMedian(me, more).orElseThrow();
        // Xton (3,3), Zed (2,3), three at (1,1): a = [1,1,1,2,3] → 1; b = [1,1,1,3,3] → 1
        assertEquals(Map.of("a", 1, "b", 1), unitary.levels());
        assertEquals("5 councils of the same type (unitary authority)", unitary.group());
    }
}

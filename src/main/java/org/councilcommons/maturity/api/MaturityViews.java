package org.councilcommons.maturity.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.councilcommons.maturity.Assessment;
import org.councilcommons.maturity.Dimension;
import org.councilcommons.maturity.MaturityModel;
import org.councilcommons.maturity.PeerMatcher;
import org.councilcommons.maturity.PeerService;
import org.councilcommons.maturity.Profile;

/** The JSON shapes of the maturity API. */
public final class MaturityViews {

    private MaturityViews() {}

    public record Level(int level, String name) {}

    public record StatementView(String key, int level, String text) {}

    public record DimensionView(String key, String name, String summary, List<String> levels, List<StatementView> statements) {}

    public record ModelView(String version, List<Level> levels, List<DimensionView> dimensions) {
        static ModelView of(MaturityModel m) {
            List<Level> levels = new java.util.ArrayList<>();
            for (int i = MaturityModel.LOWEST; i <= MaturityModel.HIGHEST; i++) {
                levels.add(new Level(i, m.levelName(i)));
            }
            return new ModelView(m.version(), levels, m.dimensions().stream().map(MaturityViews::dimension).toList());
        }
    }

    static DimensionView dimension(Dimension d) {
        return new DimensionView(d.key(), d.name(), d.summary(), d.levels(),
                d.statements().stream().map(s -> new StatementView(s.key(), s.level(), s.text())).toList());
    }

    /** One submission; the answers only for the council's own members. */
    public record AssessmentView(long id, String modelVersion, String method, Instant submittedAt, int stage,
            Map<String, Integer> levels, Map<String, String> answers) {
        static AssessmentView of(Assessment a, boolean withAnswers) {
            Map<String, String> answers = null;
            if (withAnswers) {
                answers = new TreeMap<>();
                for (var e : a.answers().entrySet()) {
                    answers.put(e.getKey(), e.getValue().key());
                }
            }
            return new AssessmentView(a.id(), a.modelVersion(), a.method().name().toLowerCase(), a.submittedAt(),
                    org.councilcommons.maturity.Scoring.stage(a.levels().values()), new TreeMap<>(a.levels()), answers);
        }
    }

    public record HistoryView(String council, List<AssessmentView> assessments) {}

    public record SimilarView(String code, String name, double similarity, List<String> reasons) {}

    public record AheadView(String code, String name, int stepsAhead, int caseStudies, int helpers, List<String> reasons) {}

    public record CouncilRef(String code, String name) {}

    public record MedianView(String group, int councils, Map<String, Integer> levels) {}

    public record PeersView(int stage, List<SimilarView> similar, Map<String, List<AheadView>> aheadOn, List<CouncilRef> cohort,
            MedianView peerMedian) {
        static PeersView of(PeerService.PeerReport r) {
            Map<String, List<AheadView>> ahead = new java.util.LinkedHashMap<>();
            r.aheadOn().forEach((k, list) -> ahead.put(k, list.stream().map(a -> new AheadView(a.council().code(),
                    a.council().name(), a.stepsAhead(), a.caseStudies(), a.helpers(), a.reasons())).toList()));
            PeerMatcher.Median m = r.median().orElse(null);
            return new PeersView(r.council().stage(),
                    r.similar().stream().map(s -> new SimilarView(s.council().code(), s.council().name(), s.similarity(),
                            s.reasons())).toList(),
                    ahead, r.cohort().stream().map(MaturityViews::ref).toList(),
                    m == null ? null : new MedianView(m.group(), m.size(), m.levels()));
        }
    }

    static CouncilRef ref(Profile p) {
        return new CouncilRef(p.code(), p.name());
    }
}

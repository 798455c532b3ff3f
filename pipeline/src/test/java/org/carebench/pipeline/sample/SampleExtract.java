package org.carebench.pipeline.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A small SSDA903 extract of invented children for Trafford (358), as a case-management system
 * writes its CSV tables (the columns of DfE's 2024 specification), for the year ending 31 March 2025:
 * children in care on that day, those who started and stopped during it, their outcomes (OC2), the
 * care leavers whose 17th to 21st birthday fell in it (OC3), missing episodes and UASC.
 */
final class SampleExtract {

    static final String AUTHORITY = "358";
    static final LocalDate YEAR_END = LocalDate.of(2025, 3, 31);
    private static final LocalDate YEAR_START = YEAR_END.minusYears(1).plusDays(1);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Random random = new Random(Invented.SEED + 903);
    private final Map<String, List<String>> tables = new LinkedHashMap<>();
    private int nextChild = 100_001;

    private SampleExtract() {
        table("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
        table(
                "episodes.csv",
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN");
        table("uasc.csv", "CHILD,SEX,DOB,DUC");
        table(
                "oc2.csv",
                "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
                        + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED");
        table("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM");
        table("missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END");
    }

    /** The tables by file name, each a list of lines with its header first. */
    static Map<String, List<String>> tables() {
        SampleExtract extract = new SampleExtract();
        for (int i = 0; i < 350; i++) {
            extract.child(false);
        }
        for (int i = 0; i < 130; i++) {
            extract.child(true);
        }
        for (int i = 0; i < 150; i++) {
            extract.careLeaver();
        }
        return extract.tables;
    }

    /**
     * A child in care on the year's last day, or one whose care ended during the year: the oldest of
     * those at 18, the others for one of the reasons DfE counts.
     */
    private void child(boolean ceases) {
        String id = String.valueOf(nextChild++);
        int ageGroup = choose(new int[] {5, 13, 17, 38, 27});
        int youngest = new int[] {0, 1, 5, 10, 16}[ageGroup];
        int oldest = new int[] {0, 4, 9, 15, 17}[ageGroup];
        LocalDate dob = YEAR_END.minusYears(youngest + random.nextInt(oldest - youngest + 1))
                .minusDays(60 + random.nextInt(300));
        LocalDate end = null;
        String reason = null;
        if (ceases && ageGroup == 4) {
            dob = YEAR_START.minusYears(18).plusDays(random.nextInt(360));
            end = dob.plusYears(18);
            reason = pick(new String[] {"E17", "E5", "E6", "E8", "E13"}, 45, 30, 8, 7, 10);
        } else if (ceases) {
            end = YEAR_START.plusDays(random.nextInt(365));
            dob = dob.isAfter(end.minusDays(60)) ? end.minusDays(60 + random.nextInt(200)) : dob;
            reason = pick(
                    new String[] {"E11", "E12", "E45", "E46", "E4A", "E4B", "E13", "E41", "E3", "E8"},
                    12,
                    7,
                    12,
                    8,
                    30,
                    5,
                    10,
                    5,
                    6,
                    5);
        }
        String sex = sex();
        int age = dob.until(end != null ? end : YEAR_END).getYears();
        header(id, sex, dob);
        LocalDate latest = (end != null ? end : YEAR_END).minusDays(20);
        // about four in ten of the children in care on 31 March started during the year
        LocalDate start = random.nextInt(100) < 30
                ? YEAR_START.plusDays(random.nextInt(300))
                : latest.minusDays(365 + random.nextInt(365 * 6));
        start = start.isAfter(latest) ? latest : start;
        start = start.isBefore(dob.plusDays(3)) ? dob.plusDays(3) : start;
        episodes(id, start, end, reason, age);
        if (random.nextInt(100) < 9 && age >= 14) {
            add("uasc.csv", id, sex, date(dob), date(dob.plusYears(18)));
        }
        if (end == null && !start.isAfter(YEAR_END.minusYears(1))) {
            outcomes(id, dob, age);
        }
        // A missing period ends before care does: a child missing on the day care ends has reason
        // ceased E8 (DfE rule 580), which none of these children has.
        LocalDate lastMissing = end != null ? end.minusDays(5) : YEAR_END;
        LocalDate firstMissing = start.isAfter(YEAR_START) ? start : YEAR_START;
        if (random.nextInt(100) < 12 && !firstMissing.isAfter(lastMissing)) {
            LocalDate gone =
                    firstMissing.plusDays(random.nextInt(1 + (int) ChronoUnit.DAYS.between(firstMissing, lastMissing)));
            add(
                    "missing.csv",
                    id,
                    date(dob),
                    random.nextInt(100) < 82 ? "M" : "A",
                    date(gone),
                    date(gone.plusDays(1 + random.nextInt(4))));
        }
        if (!dob.plusYears(17).isAfter(YEAR_END) && !dob.plusYears(18).isBefore(YEAR_START)) {
            oc3(id, dob, age);
        }
    }

    /** One to four episodes back to back: the first starts the period of care, each later one a change of placement or legal status. */
    private void episodes(String id, LocalDate start, LocalDate end, String reason, int age) {
        int count = pick(new int[] {1, 2, 3, 4, 5}, 45, 27, 15, 9, 4);
        LocalDate last = end != null ? end : YEAR_END;
        long days = start.until(last).toTotalMonths() * 30 + 1;
        boolean adopted = "E11".equals(reason) || "E12".equals(reason);
        // remanded to the council's accommodation (J1), not detained under PACE (J2): DfE rule 364 limits
        // J2 to 21 days, and these episodes last months
        String legal = adopted ? "E1" : pick(new String[] {"C2", "V2", "E1", "C1", "J1"}, 75, 14, 5, 5, 1);
        String need = pick(new String[] {"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"}, 65, 3, 3, 7, 13, 1, 1, 7);
        LocalDate from = start;
        String place = "";
        String provider = "";
        for (int episode = 1; episode <= count; episode++) {
            boolean final_ = episode == count || days < 40;
            LocalDate to = final_ ? end : from.plusDays(Math.max(20, days * (1 + random.nextInt(3)) / (count + 2)));
            if (!final_ && to.isAfter(last.minusDays(10))) {
                to = end;
                final_ = true;
            }
            String change = episode == 1 ? "S" : change(legal);
            if (change.equals("L") || change.equals("B") || change.equals("U")) {
                legal = "C2";
            }
            if (!change.equals("L")) {
                String previous = place;
                // DfE rules 378 and 373: never placed with parents under V2, nor at a school before age 4
                // (episodes begin up to six years before the year's end)
                while (place.equals(previous)
                        || (place.equals("P1") && legal.equals("V2"))
                        || (place.equals("S1") && age < 10)) {
                    place = legal.equals("E1") ? pick(new String[] {"A4", "A6"}, 1, 1) : placement(age);
                }
                provider = place.equals("P1") ? "PR0" : pick(new String[] {"PR1", "PR4", "PR5", "PR2"}, 55, 35, 7, 3);
            }
            add(
                    "episodes.csv",
                    id,
                    date(from),
                    change,
                    legal,
                    need,
                    place,
                    provider,
                    to == null ? "" : date(to),
                    to == null ? "" : final_ ? reason : "X1",
                    !final_ && episode < count ? "CARPL" : "",
                    "",
                    "",
                    "");
            if (final_) {
                return;
            }
            from = to;
        }
    }

    /**
     * Why a later episode began, as DfE's rules 434 to 436 check it against the episode before: a new
     * placement with the same legal status (P, or T for a temporary one), or a change of legal status,
     * always to a full care order here, without (L) or with (B, U) a new placement. Only a child on an
     * interim order, accommodated or remanded has a legal status that changes.
     */
    private String change(String legal) {
        String change = pick(new String[] {"P", "L", "T", "B", "U"}, 70, 15, 5, 5, 5);
        boolean changesStatus = change.equals("L") || change.equals("B") || change.equals("U");
        return changesStatus && !List.of("C1", "V2", "J1").contains(legal) ? "P" : change;
    }

    /**
     * OC2: the children in care on 31 March for the 12 months before it, with only the items DfE asks of
     * their age: convictions from 10 (rule 542), the health promotion check under 5 (546), and whether an
     * intervention was received, or if not offered, only for a substance misuse problem (158, 159, 193).
     */
    private void outcomes(String id, LocalDate dob, int age) {
        boolean sdqAge = age >= 5 && age <= 16;
        boolean scored = sdqAge && random.nextInt(100) < 78;
        int score = Math.max(0, Math.min(40, (int) Math.round(14.5 + 6.5 * random.nextGaussian())));
        String misuse = flag(3);
        String received = misuse.equals("1") ? flag(60) : "";
        add(
                "oc2.csv",
                id,
                date(dob),
                scored ? String.valueOf(score) : "",
                sdqAge && !scored ? "SDQ" + (2 + random.nextInt(4)) : "", // SDQ1 is for ages outside 4 to 16 (rule 157)
                age >= 10 ? flag(3) : "",
                age < 5 ? flag(88) : "",
                flag(84),
                flag(81),
                flag(90),
                misuse,
                received,
                received.equals("0") ? flag(50) : "");
    }

    /** A young person who left care at 18 and whose 19th, 20th or 21st birthday fell in the year. */
    private void careLeaver() {
        String id = String.valueOf(nextChild++);
        LocalDate dob = YEAR_START.minusYears(19 + random.nextInt(3)).minusDays(random.nextInt(365) - 364);
        header(id, sex(), dob);
        oc3(id, dob, 20);
    }

    /** DfE's sex codes from the 2024-25 collection on (rule 101): M and F, where 1 and 2 were before. */
    private String sex() {
        return random.nextInt(100) < 56 ? "M" : "F";
    }

    private void header(String id, String sex, LocalDate dob) {
        String ethnic = pick(
                new String[] {
                    "WBRI", "WOTH", "WROM", "MWBC", "MWAS", "MOTH", "APKN", "AIND", "AOTH", "BCRB", "BAFR", "BOTH",
                    "OOTH", "REFU"
                },
                66,
                5,
                1,
                4,
                2,
                4,
                2,
                1,
                2,
                2,
                4,
                1,
                5,
                1);
        // children under school age have no pupil number yet: DfE's code UN1
        String upn = dob.plusYears(5).isAfter(YEAR_END) ? "UN1" : upn(id, dob);
        add("header.csv", id, sex, date(dob), ethnic, upn, "", "");
    }

    /**
     * A unique pupil number as DfE forms it: a check letter, the authority's number, a school's
     * number, the year of issue and a serial (here the child's), the letter from characters 2 to 13
     * weighted 2 to 13, modulo 23.
     */
    static String upn(String child, LocalDate dob) {
        String digits = AUTHORITY + "2001" + String.format(Locale.ROOT, "%02d", (dob.getYear() + 5) % 100)
                + child.substring(child.length() - 3);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (i + 2);
        }
        return "ABCDEFGHJKLMNPQRTUVWXYZ".charAt(sum % 23) + digits;
    }

    private String placement(int age) {
        if (age >= 16) {
            return pick(new String[] {"U1", "U4", "K2", "H5", "P2", "U3"}, 30, 20, 15, 25, 5, 5);
        }
        return pick(
                new String[] {"U1", "U2", "U3", "U4", "U5", "U6", "P1", "K2", "R1", "S1"},
                18,
                6,
                14,
                24,
                4,
                4,
                10,
                14,
                4,
                2);
    }

    /** OC3: whether the authority is in touch, and if so what the young person does and where they live (never 0). */
    private void oc3(String id, LocalDate dob, int age) {
        String contact = pick(new String[] {"YES", "NO", "NREQ", "REFU"}, 92, 5, 2, 1);
        boolean known = contact.equals("YES");
        add("oc3.csv", id, date(dob), contact, known ? activity(age) : "0", known ? accommodation() : "0");
    }

    private String activity(int age) {
        return age >= 19
                ? pick(new String[] {"F1", "F2", "F4", "P4", "F5", "G4", "G5", "G6"}, 6, 21, 20, 5, 2, 9, 27, 4)
                : pick(new String[] {"F1", "F2", "P2", "F4", "F5", "G4", "G5", "G6"}, 3, 40, 8, 11, 2, 3, 25, 2);
    }

    private String accommodation() {
        String kind = pick(
                new String[] {"B", "C", "D", "E", "K", "R", "S", "T", "U", "V", "Y"},
                15,
                8,
                10,
                5,
                4,
                6,
                12,
                8,
                20,
                8,
                4);
        // in touch means activity and accommodation are known, never 0 (DfE rule 345)
        return kind + (random.nextInt(100) < 94 ? "1" : "2");
    }

    private String flag(int percentYes) {
        return random.nextInt(100) < percentYes ? "1" : "0";
    }

    private int pick(int[] values, int... weights) {
        return values[choose(weights)];
    }

    private String pick(String[] values, int... weights) {
        return values[choose(weights)];
    }

    private int choose(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("no weights");
    }

    private void table(String name, String header) {
        tables.put(name, new ArrayList<>(List.of(header)));
    }

    private void add(String table, String... values) {
        tables.get(table).add(String.join(",", values));
    }

    private static String date(LocalDate date) {
        return date.format(DMY);
    }
}

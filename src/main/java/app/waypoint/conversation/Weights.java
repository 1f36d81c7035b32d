package app.waypoint.conversation;

/**
 * Every number the ranking uses, named, in one table. A rule turns what the data says into a value from 0 to
 * 1 (or a penalty) and multiplies it by its weight here; changing the ranking's balance is an edit of
 * {@link #STANDARD}, and the golden rankings show its effect.
 *
 * @param visaRequired          a visa is needed (a penalty)
 * @param eVisa                 an e-visa is needed
 * @param visaOnArrival         a visa on arrival is needed
 * @param noBelarusData         the data says nothing about Belarusians' entry there
 * @param firstPriority         the weight of the priority chosen first
 * @param priorityStep          how much less each later choice weighs (3, 2.5, 2 with the defaults)
 * @param otherPriority         the weight of a priority not chosen when some were
 * @param noPriority            the weight of every priority when none was chosen
 * @param unknownStay           the stay value (0..1) of a visa-free country whose day limit is unknown
 * @param routes                the residence value of three or more ordinary route kinds (fewer count in thirds)
 * @param permanentEasy         the residence value of an easy path to permanent residence
 * @param permanentModerate     the residence value of a moderate path
 * @param inEu                  the residence value of being in the EU
 * @param dangerSoldier         a CSTO or high-extradition-risk country for a soldier or deserter
 * @param dangerDraft           the same for a draft-age man
 * @param dangerActivist        the same for an activist
 * @param mediumRiskSoldier     a medium extradition risk for a soldier or deserter
 * @param mediumRiskOthers      a medium extradition risk for draft-age men and activists
 * @param unknownRiskSoldier    an extradition risk the data does not know, for a soldier or deserter: not
 *                              knowing is not safety, so it weighs nearly as much as a medium risk
 * @param unknownRiskDraft      the same for a draft-age man (said on the list, a small penalty)
 * @param asylumSoldier         the weight of asylum prospects for a soldier or deserter
 * @param asylumDraft           for a draft-age man
 * @param asylumActivist        for an activist
 * @param asylumMixed           the asylum value (0..1) of mixed prospects (good is 1)
 * @param refusalsActivist      documented refusals of critics, for an activist
 * @param remoteRoute           a remote-work residence route for a remote worker
 * @param studyRoute            a study route for a student
 * @param lawOfReturn           residence by Jewish descent for someone who has it
 */
record Weights(
        double visaRequired,
        double eVisa,
        double visaOnArrival,
        double noBelarusData,
        double firstPriority,
        double priorityStep,
        double otherPriority,
        double noPriority,
        double unknownStay,
        double routes,
        double permanentEasy,
        double permanentModerate,
        double inEu,
        double dangerSoldier,
        double dangerDraft,
        double dangerActivist,
        double mediumRiskSoldier,
        double mediumRiskOthers,
        double unknownRiskSoldier,
        double unknownRiskDraft,
        double asylumSoldier,
        double asylumDraft,
        double asylumActivist,
        double asylumMixed,
        double refusalsActivist,
        double remoteRoute,
        double studyRoute,
        double lawOfReturn) {

    /** The weights the bot ranks with. */
    static final Weights STANDARD = new Weights(
            -1, -0.3, -0.1, -1, 3, 0.5, 0.5, 1, 0.3, 0.6, 0.6, 0.3, 1, -12, -5, -4, -4, -1.5, -3, -0.5, 5, 2, 1.5, 0.4,
            -3, 2, 2, 8);

    /** The weight of one priority given the user's choices, in the order chosen. */
    double priority(java.util.List<Priority> chosen, Priority p) {
        if (chosen.isEmpty()) return noPriority;
        int at = chosen.indexOf(p);
        return at < 0 ? otherPriority : firstPriority - priorityStep * at;
    }
}

package io.github.ilacs.reports;

import java.util.List;

/**
 * Test documents with the structure of Ofsted's reports and letters, written in our own words
 * for these tests: no sentence of a real document is used.
 */
final class Documents {
  private Documents() {}

  /** An ILACS standard inspection report of 2019: a judgement table and one improvement list. */
  static List<List<String>> ilacsStandard2019() {
    return List.of(List.of(
        "Inspection of Wigan local authority children’s services",
        "Inspection dates: 4 to 15 March 2019",
        "Lead inspector: A Name, Her Majesty’s Inspector",
        "",
        "Judgement Grade",
        "",
        "The impact of leaders on social work",
        "practice with children and families",
        "Good",
        "",
        "The experiences and progress of",
        "children who need help and protection",
        "Requires improvement",
        "to be good",
        "",
        "The experiences and progress of",
        "children in care and care leavers",
        "Good",
        "",
        "Overall effectiveness Good",
        "",
        "These test words stand for the opening summary that a report gives after the table.",
        "",
        "What needs to improve",
        "",
        "• How quickly plans are looked at again when risks change.",
        "",
        "• The written record of supervision for",
        "newly qualified staff.",
        "",
        "• Oversight of children living in private fostering arrangements.",
        "",
        "The experiences and progress of",
        "children who need help and protection: requires improvement to be good",
        "",
        "1. A paragraph of our own about early help, which the reader does not count."));
  }

  /** An ILACS 2023 report whose time on site ran in two periods. */
  static List<List<String>> ilacsTwoPeriods2023() {
    return List.of(List.of(
        "Inspection of Lancashire County Council local authority",
        "children’s services",
        "Inspection dates: 2 to 6 October and 16 to 20 October 2023",
        "Lead inspector: A Name, His Majesty’s Inspector",
        "",
        "Judgement Grade",
        "The impact of leaders on social work",
        "practice with children and families",
        "Inadequate",
        "The experiences and progress of",
        "children who need help and protection",
        "Inadequate",
        "The experiences and progress of",
        "children in care",
        "Requires improvement to be good",
        "The experiences and progress of care",
        "leavers",
        "Good",
        "Overall effectiveness Inadequate",
        "",
        "These test words stand for the opening summary that a report gives after the table.",
        "",
        "What needs to improve?",
        "• The response out of hours.",
        "",
        "The experiences and progress of",
        "children who need help and protection: inadequate"));
  }

  /** An ILACS report after April 2026: no overall effectiveness grade, a short inspection. */
  static List<List<String>> ilacs2026Short() {
    return List.of(List.of(
        "Inspection of Cumberland Council local authority children’s",
        "services",
        "Inspection dates: 8 to 12 June 2026",
        "Lead inspector: A Name, His Majesty’s Inspector",
        "",
        "Judgement Grade",
        "The impact of leaders on social work",
        "practice with children and families",
        "Good",
        "The experiences and progress of",
        "children who need help and protection",
        "Good",
        "The experiences and progress of",
        "children in care",
        "Outstanding",
        "The experiences and progress of care",
        "leavers",
        "Good",
        "",
        "These test words stand for the opening summary that a report gives after the table.",
        "",
        "What needs to improve?",
        "• Return interviews after a child has been missing. (outcome 3, national framework)",
        "• Personal education plans for the youngest children. (outcome 4, national",
        "framework)",
        "",
        "The experiences and progress of",
        "children who need help and protection: good"));
  }

  /** A single inspection framework report with the board's review and numbered items. */
  static List<List<String>> sif2015() {
    return List.of(List.of(
        "Cheshire East",
        "Inspection of services for children in need of help and",
        "protection, children looked after and care leavers",
        "and",
        "Review of the effectiveness of the Local Safeguarding Children",
        "Board",
        "Inspection date: 2 March 2015 – 26 March 2015",
        "Report published: 14 May 2015",
        "",
        "Children’s services in Cheshire East require improvement to be",
        "good",
        "",
        "1. Children who need help and protection Requires improvement",
        "2. Children looked after and achieving permanence",
        "Good",
        "2.1 Adoption performance Good",
        "2.2 Experiences and progress of care leavers",
        "Requires",
        "Improvement",
        "3. Leadership, management and governance Requires improvement",
        "",
        "The effectiveness of the Local Safeguarding Children Board (LSCB) is good"),
        List.of(
        "Contents",
        "What does the local authority need to improve? 4",
        "",
        "What does the local authority need to improve?",
        "Priority and immediate action",
        "",
        "1. Make sure every child at risk is seen on the day the worry is raised.",
        "",
        "Areas for improvement",
        "",
        "2. Tighten the checks made",
        "before a case is closed.",
        "",
        "3. Give care leavers a copy of their health records.",
        "",
        "Summary for children and young people",
        "",
        "Our own closing words for children, not counted."));
  }

  /** A 2014 SIF report: contents naming the heading without a page, bulleted items. */
  static List<List<String>> sif2014Bullets() {
    return List.of(List.of(
        "Hartlepool",
        "Inspection of services for children in need of help and",
        "protection, children looked after and care leavers",
        "Inspection date: 19 November 2013 – 11 December 2013",
        "",
        "The overall judgement is that children’s services are good",
        "",
        "1. Children who need help and protection Good",
        "2. Children looked after and achieving permanence Good",
        "2.1 Adoption performance Outstanding",
        "2.2 Experiences and progress of care leavers Good",
        "3. Leadership, management and governance Good",
        "",
        "Contents",
        "Recommendations",
        "Summary for children and young people 5"),
        List.of(
        "What does the Local Authority need to improve?",
        "Areas for improvement",
        "• Record the reasons for each decision made",
        "by managers.",
        "• Ask children what they thought of the help given.",
        "",
        "Information about this inspection",
        "",
        "• A bullet of our own that belongs to another section."));
  }

  /** A 2013 looked after children report: improvements under timescales, a closing record. */
  static List<List<String>> lac2013() {
    return List.of(List.of(
        "Inspection of looked after children",
        "services",
        "Bexley",
        "Inspection dates: 10 – 14 June 2013",
        "Reporting inspector A Name HMI",
        "Published: 19 July 2013"),
        List.of(
        "Areas for improvement",
        "20. So that services get better, the council should act as follows.",
        "",
        "Immediately:",
        "",
        "• see that every plan names who does what",
        "",
        "• check how stable placements are",
        "",
        "Within three months:",
        "",
        "• widen access to therapy",
        "",
        "Outcomes for looked after children and young people",
        "Grade 3 (Adequate)"),
        List.of(
        "Record of main findings",
        "Services for looked after children",
        "Overall effectiveness Adequate",
        "Capacity to improve Good"));
  }

  /** A 2018 focused-visit letter listing strengths and improvements, and no priority action. */
  static List<List<String>> focusedVisit2018() {
    return List.of(List.of(
        "Ofsted",
        "Piccadilly Gate",
        "",
        "12 March 2018",
        "",
        "Ms A Director",
        "Town Hall",
        "",
        "Dear Ms Director",
        "",
        "Focused visit to Barnet children’s services",
        "",
        "This letter sets out what two inspectors found on a focused visit to",
        "Barnet children’s services on 13 and 14 February 2018.",
        "",
        "Inspectors looked at how the council supports its care leavers.",
        "",
        "Overview",
        "",
        "A few sentences of our own stand here for the overview of the visit.",
        "",
        "Areas of strength",
        "",
        "• Staff know the children they work with well.",
        "",
        "• Managers meet",
        "staff every month.",
        "",
        "Areas for improvement",
        "",
        "• Assessments take too long.",
        "",
        "• Plans give no dates.",
        "",
        "• Audits leave out what children say.",
        "",
        "Areas for priority action",
        "",
        "There are no priority actions following this visit.",
        "",
        "We will draw on this visit when we plan the next one.",
        "",
        "Yours sincerely"));
  }

  /**
   * A Covid-period letter: the adapted method described, a priority action and improvements
   * written as paragraphs.
   */
  static List<List<String>> covidVisit2020() {
    return List.of(List.of(
        "3 December 2020",
        "",
        "Dear Mr Person",
        "",
        "Focused visit to Torbay children’s services",
        "",
        "Our own sentence stands here for the note on the national review during the",
        "pandemic.",
        "",
        "This letter sets out what inspectors found on a focused visit to",
        "Torbay children’s services on 10 November 2020.",
        "",
        "The visit followed the ILACS framework. However, the delivery model was adapted to",
        "reflect the COVID-19 context, with meetings held by video.",
        "",
        "Areas for priority action",
        "",
        "• Leaders must see that referrals are screened within a day.",
        "",
        "What needs to improve",
        "",
        "The timeliness of strategy meetings for children at risk.",
        "",
        "The quality of the written record of each home visit.",
        "",
        "Findings",
        "",
        "• Something that works well, in our words.",
        "",
        "We will draw on this visit when we plan the next one.",
        "",
        "Yours sincerely"));
  }

  /** The plain text of a 2009 unannounced inspection letter, markdown as the seeds carry it. */
  static String unannounced2009() {
    return String.join("\n",
        "2 November 2009",
        "",
        "Dear Mr Person",
        "",
        "Annual unannounced inspection of contact, referral and assessment arrangements "
            + "within Rotherham children's services",
        "",
        "This letter gives the findings of the unannounced inspection of contact, referral and "
            + "assessment arrangements in Rotherham, conducted on 6 and 7 October 2009.",
        "",
        "From the evidence gathered, the inspection found one area delivered satisfactorily "
            + "in line with national guidance:",
        "",
        "- Referrals are logged on the day they arrive.",
        "",
        "| Strengths |",
        "|--|",
        "| <ul> ▪ Staff are committed to the work. </ul> |",
        "| Areas for development |",
        "| <ul> ▪ Recording is late. ▪ Thresholds are unclear to partners. </ul> |",
        "",
        "Areas for priority action",
        "",
        "- Some referrals are not acted on quickly enough.",
        "",
        "Yours sincerely");
  }
}

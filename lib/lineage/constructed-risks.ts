/**
 * Five unrelated risk factors, as a 10-K words them, for the lineage tests' constructed cases
 * (written for these tests, not taken from a filing).
 */
import type { RiskFactorText } from "./align-risk-factors";

export const risk = (title: string, body: string): RiskFactorText => ({ title, text: `${title}\n${body}` });
/** What is under a risk factor's title. */
export const bodyOf = (risk: RiskFactorText) => risk.text.slice(risk.title.length + 1);

/** Five unrelated risk factors, as a 10-K words them. */
export const SUPPLY = risk(
  "We depend on a limited number of suppliers for key components.",
  "Our products use semiconductors, displays and batteries that are available from only a few suppliers in Asia. A shortage, a natural disaster at a supplier's plant or a trade restriction could delay our shipments, raise our costs and cause customers to cancel orders, and we may be unable to find other sources in time or on acceptable terms.",
);
export const CURRENCY = risk(
  "Fluctuations in foreign exchange rates could reduce our reported results.",
  "Most of our revenue is earned in euros and yen while we report in dollars. A stronger dollar lowers the dollar value of that revenue; our hedging program covers only part of the exposure for up to twelve months, and hedges may be ineffective or costly when markets are volatile.",
);
export const CYBER = risk(
  "A breach of our information systems could harm our reputation.",
  "Attackers regularly try to gain access to our networks, customer data and source code through phishing, ransomware and compromised vendors. A successful intrusion could disrupt our operations, expose personal information, lead to regulatory fines and litigation, and damage the trust our customers place in our services.",
);
export const PEOPLE = risk(
  "We must attract and retain highly skilled engineers and executives.",
  "Competition for talent in software and hardware engineering is intense, particularly in California and Israel. If we lose members of senior management or cannot hire qualified engineers, our product roadmap could slip and our equity compensation costs could rise as we try to keep them.",
);
export const CLIMATE = risk(
  "Climate change and related regulation may increase our costs.",
  "New disclosure rules, carbon pricing and customer requirements for emissions reporting could require significant investment in our facilities and supply chain. Severe weather events such as floods, wildfires and droughts could damage our data centers and interrupt the logistics networks we rely on.",
);

package org.recoupe.extract;

import org.jsoup.nodes.Element;

/**
 * An element presumed to be furniture ({@link BoilerplateRules} gave a reason that is not firm),
 * chained to the next such element around it. Blocks carry the chain of their presumptions; which
 * of them hold is decided once the whole page is known.
 */
record Flag(Element element, String reason, Flag outer) {}

package org.recoupe.claims;

import java.util.List;

/** The regular French verbs {@link FrenchVerbs} conjugates: news vocabulary, by conjugation group. */
final class FrenchVerbList {
  private FrenchVerbList() {}

  /** First group (-er). */
  static final List<String> ER = words(
      "abandonner aborder abriter accélérer accepter accompagner accorder accumuler accuser acheminer acheter"
      + " activer adapter adopter adresser affecter affirmer affronter aggraver agresser aider aimer ajouter alerter"
      + " alimenter allumer améliorer amener amorcer analyser animer annoncer annuler apaiser appeler appliquer"
      + " apporter apprécier approcher approuver appuyer armer arracher arrêter arriver assassiner"
      + " assister associer assumer assurer attaquer attirer attribuer augmenter autoriser avancer avouer baisser"
      + " bénéficier blesser bloquer bombarder boycotter briser brûler cacher calculer calmer capturer causer céder"
      + " célébrer chanter charger chasser chercher chiffrer choquer circuler citer clamer clarifier classer clôturer"
      + " collaborer commander commémorer commencer commenter communiquer comparer compenser compléter compliquer"
      + " composer compter concentrer concéder concerner condamner confier confirmer confisquer confronter consacrer"
      + " conserver considérer consister consolider constater consulter contacter contester continuer contourner"
      + " contribuer contrôler convoquer coopérer coordonner corriger coûter créer crier critiquer danser débarquer"
      + " débuter décerner décider déclarer déclencher décoller décorer décrocher dédier défiler défier dégager"
      + " dégrader déjouer délivrer démanteler démarrer démissionner démontrer dénoncer dénombrer déplacer déplorer"
      + " déployer déporter déposer dépasser dépenser désamorcer désarmer désigner dessiner détailler détecter"
      + " déterminer détériorer détourner dévaster développer dévoiler dicter diffuser diminuer diriger discuter"
      + " disputer disposer dissiper distribuer diviser divulguer dominer donner doter doubler dresser durer"
      + " échanger échapper échouer éclater économiser écouter écraser effectuer égaler élaborer élever éliminer"
      + " éloigner embarquer embrasser émerger emmener empêcher employer emporter emprisonner emprunter encadrer"
      + " encourager endommager engager enlever enquêter enregistrer enrôler entamer entériner entourer entraîner"
      + " entraver entrer envisager épargner équiper éradiquer escorter espérer esquisser essayer estimer étudier"
      + " évacuer évaluer éviter évoluer évoquer exacerber exagérer examiner excuser exécuter exercer exhorter exiger"
      + " exiler exister expédier expirer expliquer exploiter exporter exposer exprimer expulser fabriquer faciliter"
      + " favoriser féliciter fermer fêter figurer financer fixer fonder former frapper freiner fusionner gagner"
      + " garder geler gérer glisser gouverner grimper guider habiter harceler hausser héberger hésiter honorer"
      + " hospitaliser identifier ignorer illustrer imaginer immobiliser impliquer imposer importer impressionner"
      + " inaugurer incarcérer inciter inculper indiquer infliger influencer informer inonder inquiéter insister"
      + " inspecter inspirer installer instaurer insulter intégrer intensifier intercepter intéresser interroger"
      + " inventer inviter isoler jouer juger justifier kidnapper lâcher lancer légaliser lever libérer licencier lier"
      + " limiter livrer localiser loger louer lutter maîtriser manifester manipuler manquer marcher marquer masquer"
      + " massacrer menacer mener mentionner mériter mesurer militer miner minimiser mobiliser moderniser modifier"
      + " monter montrer motiver multiplier négocier neutraliser nier nommer noter notifier nuancer obliger occuper"
      + " octroyer officialiser opérer opposer orchestrer ordonner organiser oser oublier paralyser parler partager"
      + " participer passer patrouiller payer pénétrer penser percer perpétrer persister persuader peser photographier"
      + " piller piloter placer plaider planifier planter plonger porter poser posséder pousser pratiquer précipiter"
      + " préciser préconiser préparer présenter préserver présider presser prêter prier priver privilégier procéder"
      + " proclamer profiter programmer progresser projeter prolonger prononcer proposer protéger protester prouver"
      + " provoquer publier qualifier quitter raconter ramener rapatrier rappeler rapporter rapprocher rassembler"
      + " rassurer ratifier ravitailler réaffirmer réaliser recenser rechercher réclamer récompenser recommander"
      + " recruter reculer récupérer redouter redresser réformer refléter refuser réfuter regagner regarder régler"
      + " regretter regrouper réitérer rejeter relâcher relancer relayer relever remanier remarquer remercier"
      + " remonter remplacer remporter rencontrer renforcer renoncer renouveler renverser renvoyer réparer repérer"
      + " répéter repousser représenter réprimer reprocher réserver résider résister respecter restaurer rester"
      + " résulter retarder retirer retourner retrouver réunifier révéler réviser risquer riposter saboter saccager"
      + " saluer sanctionner sauver sceller scruter sécuriser séjourner sélectionner sembler séparer serrer signaler"
      + " signer simplifier situer soigner solliciter sonder souhaiter soulager soulever souligner soupçonner stabiliser"
      + " stationner stimuler stopper subventionner succéder succomber suggérer superviser supplier supporter supprimer"
      + " surmonter surveiller survoler susciter suspecter tabler tarder taxer téléphoner témoigner tenter terminer"
      + " tester tirer tolérer torturer totaliser toucher tourner tracer traiter transférer transformer transporter"
      + " traverser travailler tripler tromper trouver tuer unifier urger user utiliser vacciner valider vanter varier"
      + " venger vérifier verser viser visiter voler voter voyager");

  /** Second group (-ir, -issant). */
  static final List<String> IR = words(
      "abolir aboutir approfondir accomplir affaiblir agir alourdir anéantir applaudir assouplir atterrir avertir bâtir bondir"
      + " brandir choisir définir démolir durcir élargir enrichir envahir établir finir fournir franchir garantir"
      + " grandir grossir guérir investir munir nourrir obéir punir ralentir réagir rebondir réfléchir remplir répartir"
      + " resurgir rétablir réunir réussir saisir sévir subir surgir trahir unir");

  /** Third-group verbs in -dre conjugated like "rendre". */
  static final List<String> RE = words(
      "rendre vendre attendre entendre défendre descendre dépendre prétendre suspendre étendre tendre répondre"
      + " correspondre perdre fondre confondre répandre tordre mordre");

  private static List<String> words(String s) {
    return List.of(s.split(" "));
  }
}

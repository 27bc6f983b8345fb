<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Sample schemes: demography from United Nations, World Population Prospects 2024 (CC BY 3.0 IGO); GDP from the World Bank, World Development Indicators (CC BY 4.0); every scheme figure is an illustrative assumption, not an official statistic.</source>
        <translation>Régimes d&apos;exemple&#xa0;: démographie des Nations Unies, World Population Prospects 2024 (CC BY 3.0 IGO)&#xa0;; PIB de la Banque mondiale, World Development Indicators (CC BY 4.0)&#xa0;; chaque chiffre des régimes est une hypothèse illustrative, non une statistique officielle.</translation>
    </message>
    <message>
        <source>Population, mortality, fertility, migration</source>
        <translation>Population, mortalité, fécondité, migrations</translation>
    </message>
    <message>
        <source>United Nations, Department of Economic and Social Affairs, Population Division (2024). World Population Prospects 2024. Licence CC BY 3.0 IGO. Extracted from the R data package wpp2024 (github.com/PPgp/wpp2024, commit 2da7768; 5-year population commit 33717a3).</source>
        <translation>Nations Unies, Département des affaires économiques et sociales, Division de la population (2024). World Population Prospects 2024. Licence CC BY 3.0 IGO. Extrait du paquet de données R wpp2024 (github.com/PPgp/wpp2024, commit 2da7768&#xa0;; population par groupes quinquennaux&#xa0;: commit 33717a3).</translation>
    </message>
    <message>
        <source>GDP, World Bank regions and income groups</source>
        <translation>PIB, régions et groupes de revenu de la Banque mondiale</translation>
    </message>
    <message>
        <source>World Bank, World Development Indicators (GDP in current local currency and US$, GDP per capita PPP, PPP conversion factor, 2000-2023; country groups). Licence CC BY 4.0. Via github.com/relatoscondatos/data_global, commit 1473f4e.</source>
        <translation>Banque mondiale, World Development Indicators (PIB en monnaie locale courante et en dollars des États-Unis, PIB par habitant en PPA, facteur de conversion en PPA, 2000-2023&#xa0;; groupes de pays). Licence CC BY 4.0. Par l&apos;intermédiaire de github.com/relatoscondatos/data_global, commit 1473f4e.</translation>
    </message>
    <message>
        <source>Informal employment</source>
        <translation>Emploi informel</translation>
    </message>
    <message>
        <source>International Labour Organization, ILOSTAT database, &apos;Informal employment rate by sex (%) - annual&apos; (file dated 2024-07-26, accessed July 2024). Licence CC BY 4.0. Survey years and types differ: indicative defaults only.</source>
        <translation>Organisation internationale du Travail, base de données ILOSTAT, «&#xa0;Informal employment rate by sex (%) - annual&#xa0;» (fichier du 26 juillet 2024, consulté en juillet 2024). Licence CC BY 4.0. Les années et les types d&apos;enquête diffèrent&#xa0;: valeurs par défaut indicatives seulement.</translation>
    </message>
    <message>
        <source>Growth, inflation, unemployment, government expenditure</source>
        <translation>Croissance, inflation, chômage, dépenses publiques</translation>
    </message>
    <message>
        <source>International Monetary Fund, World Economic Outlook Database, April 2024 (2015-2029; 2024 on are projections). Used under the IMF&apos;s terms for its statistical data; source: IMF.</source>
        <translation>Fonds monétaire international, base de données des Perspectives de l&apos;économie mondiale (World Economic Outlook), avril 2024 (2015-2029&#xa0;; à partir de 2024, des projections). Utilisé selon les conditions du FMI pour ses données statistiques&#xa0;; source&#xa0;: FMI.</translation>
    </message>
    <message>
        <source>{source}: {credit}</source>
        <translation>{source}&#xa0;: {credit}</translation>
    </message>
    <message>
        <source>Built {date} from commit {commit} for {platform}.</source>
        <translation>Compilé le {date} à partir du commit {commit} pour {platform}.</translation>
    </message>
    <message>
        <source>Not a built release: run from the source.</source>
        <translation>Version non compilée&#xa0;: exécutée depuis les sources.</translation>
    </message>
    <message>
        <source>Projection model version {model} (ILO actuarial model structure).</source>
        <translation>Modèle de projection version {model} (structure du modèle actuariel de l&apos;OIT).</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt} (PySide6 {pyside}), {system}.</source>
        <translation>Python {python}, Qt {qt} (PySide6 {pyside}), {system}.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <source>Projections are illustrations under stated assumptions, not forecasts. Qt is used under the LGPL-3.0; the licences of every component are in the licences folder of the application.</source>
        <translation>Les projections sont des illustrations fondées sur les hypothèses énoncées, et non des prévisions. Qt est utilisé sous licence LGPL-3.0&#xa0;; les licences de chaque composant se trouvent dans le dossier licences de l&apos;application.</translation>
    </message>
    <message>
        <source>About Reform Studio</source>
        <translation>À propos de Reform Studio</translation>
    </message>
    <message>
        <source>Close this box (Esc)</source>
        <translation>Fermer cette fenêtre (Échap)</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copy the version, build and data sources to the clipboard, e.g. for IT support</source>
        <translation>Copier la version, la compilation et les sources des données dans le presse-papiers, par exemple pour le support informatique</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>arguments non reconnus&#xa0;: {arguments}</translation>
    </message>
    <message>
        <source>argument {argument}: invalid choice: {value} (choose from {choices})</source>
        <translation>argument {argument}&#xa0;: choix non valide&#xa0;: {value} (choisissez parmi {choices})</translation>
    </message>
    <message>
        <source>argument {argument}: expected one argument</source>
        <translation>argument {argument}&#xa0;: une valeur est attendue</translation>
    </message>
    <message>
        <source>argument {argument}: ignored explicit argument {value}</source>
        <translation>argument {argument}&#xa0;: la valeur {value} est de trop</translation>
    </message>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>argument {argument}&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>assumptions</name>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>real wage growth</source>
        <translation>croissance réelle des salaires</translation>
    </message>
    <message>
        <source>investment return</source>
        <translation>rendement des placements</translation>
    </message>
    <message>
        <source>inflation</source>
        <translation>inflation</translation>
    </message>
    <message>
        <source>unemployment rate</source>
        <translation>taux de chômage</translation>
    </message>
    <message>
        <source>fertility (TFR)</source>
        <translation>fécondité (ISF)</translation>
    </message>
    <message>
        <source>mortality</source>
        <translation>mortalité</translation>
    </message>
    <message>
        <source>net migration</source>
        <translation>solde migratoire</translation>
    </message>
    <message>
        <source>as in the workbook</source>
        <translation>comme dans le classeur</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <source>{folder} is a file, not a folder; choose a folder for {name}.</source>
        <translation>{folder} est un fichier, pas un dossier&#xa0;; choisissez un dossier pour {name}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose an existing folder for {name}.</source>
        <translation>Le dossier {folder} n&apos;existe pas&#xa0;; choisissez un dossier existant pour {name}.</translation>
    </message>
    <message>
        <source>{link} is a link to {target}, whose folder does not exist; choose another file name.</source>
        <translation>{link} est un lien vers {target}, dont le dossier n&apos;existe pas&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to export to.</source>
        <translation>{path} est un dossier&#xa0;; indiquez un nom de fichier pour l&apos;exportation.</translation>
    </message>
    <message>
        <source>{path} is a device or other special file, not a regular file; it is never replaced: choose a file name.</source>
        <translation>{path} est un périphérique ou un autre fichier spécial, pas un fichier ordinaire&#xa0;; il n&apos;est jamais remplacé&#xa0;: choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Refusing to export over the source workbook {name}; choose another file name.</source>
        <translation>L&apos;exportation remplacerait le classeur source {name}&#xa0;: elle est refusée&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The name or path {path} is longer than the file system allows (a name may have {limit} bytes); choose a shorter name.</source>
        <translation>Le nom ou le chemin {path} est plus long que ne le permet le système de fichiers (un nom peut compter {limit} octets)&#xa0;; choisissez un nom plus court.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the drive is read-only; choose a folder on another drive. The existing file, if any, was left unchanged.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: le lecteur est en lecture seule&#xa0;; choisissez un dossier sur un autre lecteur. Le fichier existant, s&apos;il y en a un, n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is open in another program (close it there) or the folder is read-only. The existing file, if any, was left unchanged.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: il est ouvert dans un autre programme (fermez-le) ou le dossier est en lecture seule. Le fichier existant, s&apos;il y en a un, n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The disk is full: {path} was not written. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: {path} n&apos;a pas été écrit. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>{path} is a symbolic link that leads round in a loop; choose another file name.</source>
        <translation>{path} est un lien symbolique qui tourne en boucle&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. The existing file, if any, was left unchanged.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}. Le fichier existant, s&apos;il y en a un, n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>basic_pension_row</name>
    <message>
        <source>Pay a basic pension</source>
        <translation>Verser une pension de base</translation>
    </message>
    <message>
        <source>Pay a non-contributory pension from the state budget (outside the reserve).</source>
        <translation>Verser une pension non contributive financée par le budget de l&apos;État (hors réserve).</translation>
    </message>
    <message>
        <source> yrs</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Universal</source>
        <translation>Universelle</translation>
    </message>
    <message>
        <source>Pension-tested</source>
        <translation>Sous condition de non-cumul</translation>
    </message>
    <message>
        <source>Universal: everyone above the age. Pension-tested: only those without a contributory pension.</source>
        <translation>Universelle&#xa0;: toute personne ayant atteint l&apos;âge. Sous condition de non-cumul&#xa0;: seulement les personnes sans pension contributive.</translation>
    </message>
    <message>
        <source>First year the basic pension (or its change) applies.</source>
        <translation>Première année où la pension de base (ou sa modification) s&apos;applique.</translation>
    </message>
    <message>
        <source>from </source>
        <translation>dès </translation>
    </message>
    <message>
        <source>from next year</source>
        <translation>dès l&apos;an prochain</translation>
    </message>
</context>
<context>
    <name>branch_chart</name>
    <message>
        <source>Tick a reform to draw it beside the baseline.</source>
        <translation>Cochez une réforme pour la tracer à côté du scénario de référence.</translation>
    </message>
    <message>
        <source>Baseline total</source>
        <translation>Total du scénario de référence</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>cells</name>
    <message>
        <source>write {number} with a decimal point</source>
        <translation>écrivez {number} avec un point décimal, ou saisissez la valeur comme un nombre et non comme du texte</translation>
    </message>
    <message>
        <source>write it with a decimal point and no comma, or with commas between groups of three digits only (1,234,567)</source>
        <translation>écrivez-le avec un point décimal et sans virgule, ou avec des virgules uniquement entre des groupes de trois chiffres (1,234,567), ou saisissez la valeur comme un nombre et non comme du texte</translation>
    </message>
    <message>
        <source>{what} holds the text &apos;{text}&apos;, whose comma is not a thousands separator (those need groups of three digits after a first group that is not 0, as in 1,234): if it is a decimal comma, {fix}.</source>
        <translation>{what} contient le texte «&#xa0;{text}&#xa0;», dont la virgule n&apos;est pas un séparateur de milliers (il faut pour cela des groupes de trois chiffres après un premier groupe différent de 0, comme dans 1,234)&#xa0;: si c&apos;est une virgule décimale, {fix}.</translation>
    </message>
    <message>
        <source>The comma in &apos;{text}&apos; was read as a thousands separator; for a decimal, write a decimal point.</source>
        <translation>La virgule de «&#xa0;{text}&#xa0;» a été lue comme un séparateur de milliers&#xa0;; pour des décimales, écrivez un point décimal ou saisissez la valeur comme un nombre.</translation>
    </message>
    <message>
        <source>{what} is a formula without a saved value: open the file in Excel and save it, so the result is stored.</source>
        <translation>{what} est une formule sans valeur enregistrée&#xa0;: ouvrez le fichier dans Excel et enregistrez-le pour que le résultat soit conservé.</translation>
    </message>
    <message>
        <source>{what} holds the Excel error {error}: correct the formula or type the value.</source>
        <translation>{what} contient l&apos;erreur Excel {error}&#xa0;: corrigez la formule ou saisissez la valeur.</translation>
    </message>
    <message>
        <source>{what} should be a number, but the cell holds {value}.</source>
        <translation>{what} doit être un nombre, mais la cellule contient {value}.</translation>
    </message>
    <message>
        <source>{what} should be a number, but the cell holds a date or time: format the cell as a number.</source>
        <translation>{what} doit être un nombre, mais la cellule contient une date ou une heure&#xa0;: mettez la cellule au format Nombre.</translation>
    </message>
    <message>
        <source>{what} should be a number, but the cell holds the text &apos;{text}&apos;.</source>
        <translation>{what} doit être un nombre, mais la cellule contient le texte «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>{what} should be a number, but the cell holds &apos;{text}&apos;.</source>
        <translation>{what} doit être un nombre, mais la cellule contient «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>{what} is not a finite number.</source>
        <translation>{what} n&apos;est pas un nombre fini.</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} est vide.</translation>
    </message>
    <message>
        <source>{what} is {value}: it must be a whole number.</source>
        <translation>{what} vaut {value}&#xa0;: ce doit être un nombre entier.</translation>
    </message>
    <message>
        <source>{what} is {value}: it must be a whole number between {low} and {high}.</source>
        <translation>{what} vaut {value}&#xa0;: ce doit être un nombre entier compris entre {low} et {high}.</translation>
    </message>
    <message>
        <source>{what} is {value}: it must be a whole number at least {low}.</source>
        <translation>{what} vaut {value}&#xa0;: ce doit être un nombre entier au moins égal à {low}.</translation>
    </message>
    <message>
        <source>{what} is {value}: it must be above {low} up to {high}.</source>
        <translation>{what} vaut {value}&#xa0;: la valeur doit être supérieure à {low} et au plus égale à {high}.</translation>
    </message>
    <message>
        <source>{what} is {value}: it must be from {low} up to {high}.</source>
        <translation>{what} vaut {value}&#xa0;: la valeur doit être comprise entre {low} et {high}.</translation>
    </message>
    <message>
        <source>{what} is {value}, which looks like a percentage: write {fraction} for {value} %.</source>
        <translation>{what} vaut {value}, ce qui ressemble à un pourcentage&#xa0;: écrivez {fraction} pour {value}&#xa0;%.</translation>
    </message>
    <message>
        <source>{what} is {value}: a rate must be a fraction from 0 up to, but not including, 1 ({example} for 18 %).</source>
        <translation>{what} vaut {value}&#xa0;: un taux s&apos;écrit comme une fraction comprise entre 0 inclus et 1 exclu ({example} pour 18&#xa0;%).</translation>
    </message>
    <message>
        <source>{what} is {value}: a rate must be a fraction between 0 and 1 ({example} for 18 %).</source>
        <translation>{what} vaut {value}&#xa0;: un taux s&apos;écrit comme une fraction comprise entre 0 et 1 ({example} pour 18&#xa0;%).</translation>
    </message>
    <message>
        <source>{what} is 0: leave it empty for none, or give a value above 0.</source>
        <translation>{what} vaut 0&#xa0;: laissez la cellule vide s&apos;il n&apos;y en a pas, ou indiquez une valeur supérieure à 0.</translation>
    </message>
    <message>
        <source>{what} is {value}: an annual rate must be a fraction above -1 and at most 1 ({example} for 3 %).</source>
        <translation>{what} vaut {value}&#xa0;: un taux annuel s&apos;écrit comme une fraction supérieure à -1 et au plus égale à 1 ({example} pour 3&#xa0;%).</translation>
    </message>
    <message>
        <source>{what} is {value}: a probability must be between 0 and 1.</source>
        <translation>{what} vaut {value}&#xa0;: une probabilité est comprise entre 0 et 1.</translation>
    </message>
    <message>
        <source>{what} is {value}: it cannot be negative.</source>
        <translation>{what} vaut {value}&#xa0;: la valeur ne peut pas être négative.</translation>
    </message>
    <message>
        <source>{what} is &apos;{text}&apos;: it must be one of {options}.</source>
        <translation>{what} vaut «&#xa0;{text}&#xa0;»&#xa0;: la valeur doit être l&apos;une des suivantes&#xa0;: {options}.</translation>
    </message>
    <message>
        <source>{what} is &apos;{text}&apos;: write TRUE or FALSE (yes/no, 1/0).</source>
        <translation>{what} vaut «&#xa0;{text}&#xa0;»&#xa0;: écrivez TRUE ou FALSE (VRAI/FAUX, yes/no, 1/0).</translation>
    </message>
</context>
<context>
    <name>chart_panel</name>
    <message>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <source>Nominal {currency}</source>
        <translation>{currency} nominaux</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show the numbers of this chart as a table (Ctrl+C copies them). Ctrl+T</source>
        <translation>Afficher les chiffres de ce graphique sous forme de tableau (Ctrl+C les copie). Ctrl+T</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>monnaie</translation>
    </message>
    <message>
        <source>Show the reserve as % of the year&apos;s GDP (the default: comparable over 75 years) or in nominal currency.</source>
        <translation>Afficher la réserve en % du PIB de l&apos;année (par défaut&#xa0;: comparable sur 75 ans) ou en monnaie nominale.</translation>
    </message>
    <message>
        <source>Reserve unit</source>
        <translation>Unité de la réserve</translation>
    </message>
    <message>
        <source>Hover over a line to read its values in the status bar.</source>
        <translation>Survolez une courbe pour lire ses valeurs dans la barre d&apos;état.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>The population by age and sex: the base year as bars, a chosen projection year as an outline.</source>
        <translation>La population par âge et par sexe&#xa0;: l&apos;année de base en barres, une année de projection choisie en contour.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The projection year drawn as an outline over the base year&apos;s bars (the same for every reform).</source>
        <translation>L&apos;année de projection tracée en contour sur les barres de l&apos;année de base (la même pour toutes les réformes).</translation>
    </message>
    <message>
        <source>Compare with year:</source>
        <translation>Comparer avec l&apos;année&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Project a pension scheme and compare reforms. With no command, opens the window.</source>
        <translation>Projeter un régime de pensions et comparer des réformes. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>affiche la version et quitte</translation>
    </message>
    <message>
        <source>{prog} {version} (model {model})</source>
        <translation>{prog} {version} (modèle {model})</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>open the window (the default): reform-studio [gui] [WORKBOOK]</source>
        <translation>ouvre la fenêtre (par défaut)&#xa0;: reform-studio [gui] [CLASSEUR]</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>affiche cette aide et quitte</translation>
    </message>
    <message>
        <source>language of messages and outputs (default: the system&apos;s)</source>
        <translation>langue des messages et des résultats (par défaut&#xa0;: celle du système)</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}&#xa0;: erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>horizon must be a whole number of years, not {text}</source>
        <translation>l&apos;horizon doit être un nombre entier d&apos;années, et non {text}</translation>
    </message>
    <message>
        <source>horizon must be between 10 and 150 years, not {value}</source>
        <translation>l&apos;horizon doit être compris entre 10 et 150 ans, et non {value}</translation>
    </message>
    <message>
        <source>WORKBOOK</source>
        <translation>CLASSEUR</translation>
    </message>
    <message>
        <source>input workbook (template version 1 or 2)</source>
        <translation>classeur de données (modèle version 1 ou 2)</translation>
    </message>
    <message>
        <source>projection horizon in years (10..150)</source>
        <translation>horizon de projection en années (10 à 150)</translation>
    </message>
    <message>
        <source>{option} {path} is also an input ({input}): it would be overwritten; choose another file name.</source>
        <translation>{option} {path} est aussi une entrée ({input})&#xa0;: il serait écrasé&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>{option} and {other} both name {path}: the second would overwrite the first; choose two file names.</source>
        <translation>{option} et {other} désignent tous deux {path}&#xa0;: le second écraserait le premier&#xa0;; choisissez deux noms de fichier.</translation>
    </message>
    <message>
        <source>{path} is in the --csv folder and has the name of an indicator file, so it would be overwritten; choose another folder.</source>
        <translation>{path} se trouve dans le dossier --csv et porte le nom d&apos;un fichier d&apos;indicateurs&#xa0;: il serait écrasé&#xa0;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>--csv {path} is a file, not a folder: --csv takes a folder, to hold one CSV file per scenario. Give a folder name (the file was left as it is).</source>
        <translation>--csv {path} est un fichier, pas un dossier&#xa0;: --csv attend un dossier, qui recevra un fichier CSV par scénario. Indiquez un nom de dossier (le fichier n&apos;a pas été modifié).</translation>
    </message>
    <message>
        <source>the name is longer than the file system allows</source>
        <translation>le nom est plus long que ne le permet le système de fichiers</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>une partie du chemin est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>le lecteur est en lecture seule</translation>
    </message>
    <message>
        <source>Cannot create the folder {path} for --csv: {reason}.</source>
        <translation>Impossible de créer le dossier {path} pour --csv&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>avertissement&#xa0;: {message}</translation>
    </message>
    <message>
        <source>project the baseline and each reform of a workbook</source>
        <translation>projette le scénario de référence et chaque réforme d&apos;un classeur</translation>
    </message>
    <message>
        <source>a reform file; repeat for several reforms</source>
        <translation>un fichier de réforme&#xa0;; à répéter pour plusieurs réformes</translation>
    </message>
    <message>
        <source>write every indicator as JSON</source>
        <translation>écrit tous les indicateurs en JSON</translation>
    </message>
    <message>
        <source>write the comparison workbook</source>
        <translation>écrit le classeur de comparaison</translation>
    </message>
    <message>
        <source>write one CSV of indicators per scenario</source>
        <translation>écrit un fichier CSV d&apos;indicateurs par scénario</translation>
    </message>
    <message>
        <source>{title} (base year {year}, horizon {horizon} years)</source>
        <translation>{title} (année de base {year}, horizon {horizon} ans)</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>fichier écrit&#xa0;: {path}</translation>
    </message>
    <message>
        <source>wrote {count} CSV files to {path}</source>
        <translation>{count} fichiers CSV écrits dans {path}</translation>
    </message>
    <message>
        <source>find the value of one lever that just meets a target</source>
        <translation>trouve la valeur d&apos;un levier qui atteint tout juste un objectif</translation>
    </message>
    <message>
        <source>Find the least change of one lever, all others as the reform sets them, that meets a target; the answer is within 0.01 percentage point (rates) or a year (ages).</source>
        <translation>Trouve le plus petit changement d&apos;un levier, les autres restant tels que la réforme les fixe, qui atteint un objectif&#xa0;; la réponse est exacte à 0,01 point de pourcentage près (taux) ou à un an près (âges).</translation>
    </message>
    <message>
        <source>start from this reform (default: the baseline)</source>
        <translation>part de cette réforme (par défaut&#xa0;: le scénario de référence)</translation>
    </message>
    <message>
        <source>the lever to solve for: {levers}</source>
        <translation>le levier à calculer&#xa0;: {levers}</translation>
    </message>
    <message>
        <source>what must hold, e.g. {examples}</source>
        <translation>la condition à respecter, par exemple {examples}</translation>
    </message>
    <message>
        <source>write the answer as JSON</source>
        <translation>écrit la réponse en JSON</translation>
    </message>
    <message>
        <source>{scenario}: {lever} for {target}</source>
        <translation>{scenario}&#xa0;: {lever} pour {target}</translation>
    </message>
    <message>
        <source>answer: {value} (now {now}), target met</source>
        <translation>réponse&#xa0;: {value} (actuellement {now}), objectif atteint</translation>
    </message>
    <message>
        <source>answer: {value} (now {now}), target NOT met</source>
        <translation>réponse&#xa0;: {value} (actuellement {now}), objectif NON atteint</translation>
    </message>
    <message>
        <source>reserve not depleted within the horizon</source>
        <translation>réserve non épuisée avant la fin de la projection</translation>
    </message>
    <message>
        <source>reserve depleted in {year}</source>
        <translation>réserve épuisée en {year}</translation>
    </message>
    <message>
        <source>with {value}: {reserve}; GAP {gap}; replacement rate in {year} {rate}</source>
        <translation>avec {value}&#xa0;: {reserve}&#xa0;; PMG {gap}&#xa0;; taux de remplacement en {year} {rate}</translation>
    </message>
    <message>
        <source>share of new retirees qualifying for a pension in {year}: {share}</source>
        <translation>part des nouveaux retraités remplissant la condition de stage en {year}&#xa0;: {share}</translation>
    </message>
    <message>
        <source>write a blank, annotated input workbook</source>
        <translation>écrit un classeur de données vierge et annoté</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>le classeur à écrire</translation>
    </message>
    <message>
        <source>replace OUT.xlsx if it exists (without it an existing file is never touched)</source>
        <translation>remplace OUT.xlsx s&apos;il existe (sans cette option, un fichier existant n&apos;est jamais modifié)</translation>
    </message>
    <message>
        <source>{path} already exists (it may be a workbook you filled in) and was left as it is; choose another name, or add --force to replace it with a blank template.</source>
        <translation>{path} existe déjà (c&apos;est peut-être un classeur que vous avez rempli) et n&apos;a pas été modifié&#xa0;; choisissez un autre nom, ou ajoutez --force pour le remplacer par un modèle vierge.</translation>
    </message>
    <message>
        <source>wrote {path}: fill it in, then run `reform-studio run {path}`</source>
        <translation>fichier écrit&#xa0;: {path}&#xa0;; remplissez-le, puis lancez `reform-studio run {path}`</translation>
    </message>
</context>
<context>
    <name>cli_costing</name>
    <message>
        <source>cost a universal or pension-tested basic pension in many countries at once</source>
        <translation>chiffre une pension de base universelle ou sous condition de non-cumul avec une pension dans de nombreux pays à la fois</translation>
    </message>
    <message>
        <source>For each country: those at or above --age, times the take-up, times the benefit (a share of GDP per head, or --level-ppp-per-day international dollars a day), plus administration; population and GDP as the country&apos;s built workbook projects them (reform-studio new). Groups: World, World Bank regions and income groups, UN regions and sub-regions, and every income group within a region, e.g. &apos;Low income Sub-Saharan Africa&apos; (--groups lists them). Method and limits: docs/methodology.md, &apos;Costing a basic pension across countries&apos;.</source>
        <translation>Pour chaque pays&#xa0;: les personnes ayant atteint --age, multipliées par le taux de recours et par la prestation (une part du PIB par habitant, ou --level-ppp-per-day dollars internationaux par jour), plus les frais d&apos;administration&#xa0;; la population et le PIB sont ceux que projette le classeur construit pour le pays (reform-studio new). Groupes&#xa0;: Monde, régions et groupes de revenu de la Banque mondiale, régions et sous-régions de l&apos;ONU, et chaque groupe de revenu au sein d&apos;une région, par exemple «&#xa0;Afrique subsaharienne à faible revenu&#xa0;» (ou en anglais «&#xa0;Low income Sub-Saharan Africa&#xa0;»&#xa0;; --groups les affiche). Méthode et limites&#xa0;: docs/methodology.md, «&#xa0;Costing a basic pension across countries&#xa0;».</translation>
    </message>
    <message>
        <source>names, ISO3 codes or M49 numbers, separated by commas, or a group; repeatable</source>
        <translation>noms de pays (en anglais), codes ISO3 ou numéros M49, séparés par des virgules, ou un groupe (en français ou en anglais)&#xa0;; option répétable</translation>
    </message>
    <message>
        <source>list the group names and exit</source>
        <translation>affiche les noms des groupes et quitte</translation>
    </message>
    <message>
        <source>age from which the pension is paid (50..80; 65)</source>
        <translation>âge à partir duquel la pension est versée (de 50 à 80&#xa0;; par défaut 65)</translation>
    </message>
    <message>
        <source>annual benefit as a share of GDP per head (0..0.5; default 0.2)</source>
        <translation>prestation annuelle en part du PIB par habitant (de 0 à 0.5&#xa0;; par défaut 0.2&#xa0;; décimales avec un point)</translation>
    </message>
    <message>
        <source>instead of --level: the benefit in international (PPP) dollars a day, kept constant in purchasing power</source>
        <translation>au lieu de --level&#xa0;: la prestation en dollars internationaux (PPA) par jour, maintenue constante en pouvoir d&apos;achat</translation>
    </message>
    <message>
        <source>universal, or only those without a contributory pension (default universal)</source>
        <translation>universal&#xa0;: toutes les personnes ayant l&apos;âge&#xa0;; pension_tested&#xa0;: seulement celles qui n&apos;ont pas de pension contributive (par défaut universal)</translation>
    </message>
    <message>
        <source>share of the eligible who claim (0..1; 1)</source>
        <translation>part des ayants droit qui demandent la pension (de 0 à 1&#xa0;; par défaut 1)</translation>
    </message>
    <message>
        <source>administration as a share of the benefits (0..0.3; 0.05)</source>
        <translation>frais d&apos;administration en part des prestations (de 0 à 0.3&#xa0;; par défaut 0.05)</translation>
    </message>
    <message>
        <source>first (a base year: 2020 or 2025) and last year (default 2025:2075)</source>
        <translation>première année (une année de base&#xa0;: 2020 ou 2025) et dernière année (par défaut 2025:2075)</translation>
    </message>
    <message>
        <source>year the ranking uses (default: the first)</source>
        <translation>année retenue pour le classement (par défaut&#xa0;: la première)</translation>
    </message>
    <message>
        <source>write every year of every country as JSON</source>
        <translation>écrit toutes les années de chaque pays en JSON</translation>
    </message>
    <message>
        <source>write a workbook with the ranked table, a chart and every year</source>
        <translation>écrit un classeur avec le tableau classé, un graphique et toutes les années</translation>
    </message>
    <message>
        <source>give the years as FIRST:LAST, e.g. 2025:2075, not {text}</source>
        <translation>indiquez les années sous la forme FIRST:LAST (première:dernière), par exemple 2025:2075, et non {text}</translation>
    </message>
    <message>
        <source>Give the benefit once: --level (a share of GDP per head) or --level-ppp-per-day (PPP dollars a day), not both.</source>
        <translation>Indiquez la prestation une seule fois&#xa0;: --level (une part du PIB par habitant) ou --level-ppp-per-day (des dollars PPA par jour), pas les deux.</translation>
    </message>
    <message>
        <source>--rank-year {year} is outside the years costed, {first} to {last}.</source>
        <translation>--rank-year {year} est en dehors des années chiffrées, de {first} à {last}.</translation>
    </message>
    <message>
        <source>left out: {country}: {reason}</source>
        <translation>laissé de côté&#xa0;: {country}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>building countries {share}%</source>
        <translation>construction des pays {share}&#xa0;%</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>{age}+ paid (k)</source>
        <translation>Bénéf. {age}+ (milliers)</translation>
    </message>
    <message>
        <source>% GDP {year}</source>
        <translation>% PIB {year}</translation>
    </message>
    <message>
        <source>% gov. exp. {year}</source>
        <translation>% dép. publ. {year}</translation>
    </message>
    <message>
        <source>% of GDP in {year}</source>
        <translation>% du PIB en {year}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
</context>
<context>
    <name>cli_new</name>
    <message>
        <source>the base year is a year such as 2025, not {text}</source>
        <translation>l&apos;année de base est une année, par exemple 2025, et non {text}</translation>
    </message>
    <message>
        <source>write a complete workbook for a country from the shipped UN/World Bank/ILO/IMF data</source>
        <translation>écrit un classeur complet pour un pays à partir des données fournies de l&apos;ONU, de la Banque mondiale, de l&apos;OIT et du FMI</translation>
    </message>
    <message>
        <source>Write a complete input workbook for a country: demography fitted to UN WPP 2024, GDP and economic paths from the World Bank and the IMF WEO, coverage from ILOSTAT; every other figure is a labelled default listed on the workbook&apos;s Checklist sheet.</source>
        <translation>Écrit un classeur de données complet pour un pays&#xa0;: démographie ajustée sur les World Population Prospects 2024 de l&apos;ONU (WPP 2024), PIB et trajectoires économiques de la Banque mondiale et des Perspectives de l&apos;économie mondiale du FMI (WEO), couverture tirée d&apos;ILOSTAT&#xa0;; tout autre chiffre est une valeur par défaut signalée comme telle et listée sur la feuille Checklist du classeur.</translation>
    </message>
    <message>
        <source>the country or area: its UN name, ISO3 code (MWI) or UN M49 number (454)</source>
        <translation>le pays ou la zone&#xa0;: son nom à l&apos;ONU (en anglais), son code ISO3 (MWI) ou son numéro M49 de l&apos;ONU (454)</translation>
    </message>
    <message>
        <source>base year: 2025 (default) or 2020, the years WPP 2024 population is shipped for</source>
        <translation>année de base&#xa0;: 2025 (par défaut) ou 2020, les années pour lesquelles la population des WPP 2024 est fournie</translation>
    </message>
    <message>
        <source>illustrative: a default contributory scheme to replace (default); none: no contributory scheme, for costing a non-contributory pension</source>
        <translation>illustrative&#xa0;: un régime contributif par défaut, à remplacer (par défaut)&#xa0;; none&#xa0;: aucun régime contributif, pour chiffrer une pension non contributive</translation>
    </message>
    <message>
        <source>{path} already exists and was left as it is; choose another name, or add --force to replace it.</source>
        <translation>{path} existe déjà et n&apos;a pas été modifié&#xa0;; choisissez un autre nom, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>wrote {path}: {country} in {year}, population {population}, GDP {gdp} {currency}</source>
        <translation>fichier écrit&#xa0;: {path} — {country} en {year}, population {population}, PIB {gdp} {currency}</translation>
    </message>
    <message>
        <source>wrote {path}: {country} in {year}, population {population}, GDP {gdp} {currency}, {contributors} contributors (illustrative)</source>
        <translation>fichier écrit&#xa0;: {path} — {country} en {year}, population {population}, PIB {gdp} {currency}, {contributors} cotisants (à titre d&apos;illustration)</translation>
    </message>
    <message>
        <source>next: fill in what its Checklist sheet lists, then run `reform-studio run {path}`</source>
        <translation>ensuite&#xa0;: complétez ce que liste sa feuille Checklist, puis lancez `reform-studio run {path}`</translation>
    </message>
</context>
<context>
    <name>cli_sensitivity</name>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>sensitivity tests: each assumption alone, low and high</source>
        <translation>tests de sensibilité&#xa0;: chaque hypothèse seule, basse et haute</translation>
    </message>
    <message>
        <source>Project the baseline and each reform under each assumption varied alone. Standard set: {tests}. Reports the GAP, the depletion year, and the PAYG cost rate and reserve ratio 25, 50 and 75 years after the base year.</source>
        <translation>Projette le scénario de référence et chaque réforme, chaque hypothèse variant seule. Jeu standard&#xa0;: {tests}. Donne la PMG, l&apos;année d&apos;épuisement de la réserve, ainsi que le taux de coût par répartition et le ratio de réserve 25, 50 et 75 ans après l&apos;année de base.</translation>
    </message>
    <message>
        <source>replace the standard set (and the workbook&apos;s SensitivityTests sheet): {example}</source>
        <translation>remplace le jeu standard (et la feuille SensitivityTests du classeur)&#xa0;: {example}</translation>
    </message>
    <message>
        <source>write every figure as JSON</source>
        <translation>écrit tous les chiffres en JSON</translation>
    </message>
    <message>
        <source>write the comparison workbook with a Sensitivity sheet</source>
        <translation>écrit le classeur de comparaison, avec une feuille des tests de sensibilité</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>classeur</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>PMG</translation>
    </message>
    <message>
        <source>depleted</source>
        <translation>épuisement</translation>
    </message>
    <message>
        <source>PAYG {year}</source>
        <translation>TCR {year}</translation>
    </message>
    <message>
        <source>RR {year}</source>
        <translation>RR {year}</translation>
    </message>
    <message>
        <source>central</source>
        <translation>hypothèses centrales</translation>
    </message>
    <message>
        <source>{name}: sensitivity (PAYG = cost rate, RR = reserve ratio in years of spending)</source>
        <translation>{name}&#xa0;: sensibilité (TCR = taux de coût par répartition, RR = ratio de réserve en années de dépenses)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>cli_standards</name>
    <message>
        <source>check the baseline and each reform against ILO conventions C102 and C128</source>
        <translation>confronte le scénario de référence et chaque réforme aux conventions C102 et C128 de l&apos;OIT</translation>
    </message>
    <message>
        <source>Compute the benefit of the conventions&apos; standard beneficiaries (30 years of contribution at the average wage for old age, 15 years for invalidity and survivors) by the scheme&apos;s own rules in every year, and check it and the qualifying periods, the pensionable age and the indexation against C102 and C128. Items: {items} (see docs/methodology.md, section 18).</source>
        <translation>Calcule chaque année, selon les règles propres du régime, la prestation des bénéficiaires types des conventions (30 années de cotisation au salaire moyen pour la vieillesse, 15 années pour l&apos;invalidité et les survivants), et la confronte aux conventions C102 et C128, ainsi que les stages, l&apos;âge d&apos;admission à la pension et la revalorisation des pensions. Éléments&#xa0;: {items} (voir docs/methodology.md, section 18).</translation>
    </message>
    <message>
        <source>write the checks as JSON</source>
        <translation>écrit les contrôles en JSON</translation>
    </message>
    <message>
        <source>write the comparison workbook with a Standards sheet</source>
        <translation>écrit le classeur de comparaison, avec une feuille des normes de l&apos;OIT</translation>
    </message>
    <message>
        <source>Not judged: {branches}.</source>
        <translation>Non jugé&#xa0;: {branches}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>cli_stochastic</name>
    <message>
        <source>--paths must be a whole number, not {text}</source>
        <translation>--paths doit être un nombre entier, et non {text}</translation>
    </message>
    <message>
        <source>--paths must be from 1 to {most}, not {value}</source>
        <translation>--paths doit être compris entre 1 et {most}, et non {value}</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not {text}</source>
        <translation>--seed doit être un nombre entier, et non {text}</translation>
    </message>
    <message>
        <source>--seed must be from 0 to 2^63 - 1, not {value}</source>
        <translation>--seed doit être compris entre 0 et 2^63 - 1, et non {value}</translation>
    </message>
    <message>
        <source>stochastic projections: fans, probability of depletion, GAP distribution</source>
        <translation>projections stochastiques&#xa0;: éventails, probabilité d&apos;épuisement, distribution de la PMG</translation>
    </message>
    <message>
        <source>Project the baseline and each reform over N economic paths (inflation, real wage growth and the investment return drawn around the workbook&apos;s assumptions by a VAR(1) model; volatilities from the workbook&apos;s Stochastic sheet, else the documented defaults).</source>
        <translation>Projette le scénario de référence et chaque réforme sur N trajectoires économiques (inflation, croissance réelle des salaires et taux de rendement des placements tirés autour des hypothèses du classeur par un modèle VAR(1)&#xa0;; volatilités de la feuille Stochastic du classeur, à défaut les valeurs par défaut documentées).</translation>
    </message>
    <message>
        <source>number of paths, e.g. 1000</source>
        <translation>nombre de trajectoires, par exemple 1000</translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same numbers</source>
        <translation>graine aléatoire&#xa0;: la même graine donne les mêmes chiffres</translation>
    </message>
    <message>
        <source>write percentiles by year as JSON</source>
        <translation>écrit les centiles par année en JSON</translation>
    </message>
    <message>
        <source>write the comparison workbook with a Stochastic sheet</source>
        <translation>écrit le classeur de comparaison, avec une feuille des projections stochastiques</translation>
    </message>
    <message>
        <source>1 path, seed {seed}</source>
        <translation>1 trajectoire, graine {seed}</translation>
    </message>
    <message>
        <source>{paths} paths, seed {seed}</source>
        <translation>{paths} trajectoires, graine {seed}</translation>
    </message>
    <message>
        <source>{name}: GAP p5 {p5}, median {median}, p95 {p95}</source>
        <translation>{name}&#xa0;: PMG p5 {p5}, médiane {median}, p95 {p95}</translation>
    </message>
    <message>
        <source>{year}: reserve ratio p5 {p5}, median {median}, p95 {p95}; reserve exhausted by then in {share} of paths</source>
        <translation>{year}&#xa0;: ratio de réserve p5 {p5}, médiane {median}, p95 {p95}&#xa0;; réserve épuisée à cette date dans {share} des trajectoires</translation>
    </message>
</context>
<context>
    <name>costing</name>
    <message>
        <source>Pension test: those with a contributory pension in the built workbook&apos;s illustrative scheme (default rules and pensioners, to replace) are not eligible.</source>
        <translation>Condition de non-cumul&#xa0;: les personnes titulaires d&apos;une pension contributive dans le régime illustratif du classeur construit (règles et pensionnés par défaut, à remplacer) n&apos;y ont pas droit.</translation>
    </message>
    <message>
        <source>{title} {value} is out of range: give a value between {low} and {high} {unit}.</source>
        <translation>{title}&#xa0;: {value} est hors limites&#xa0;; indiquez une valeur comprise entre {low} et {high} {unit}.</translation>
    </message>
    <message>
        <source>{title} {value} is out of range: give a value between {low} and {high} (a share: {low_percent} to {high_percent} {unit}).</source>
        <translation>{title}&#xa0;: {value} est hors limites&#xa0;; indiquez une valeur comprise entre {low} et {high} (une part&#xa0;: de {low_percent} à {high_percent} {unit}).</translation>
    </message>
    <message>
        <source>Basic pension age {age} must be a whole number of years.</source>
        <translation>L&apos;âge de la pension de base, {age}, doit être un nombre entier d&apos;années.</translation>
    </message>
    <message>
        <source>A benefit of {amount} PPP dollars a day is out of range: give a value above 0 and at most {most}.</source>
        <translation>Une prestation de {amount} dollars PPA par jour est hors limites&#xa0;: indiquez une valeur supérieure à 0 et au plus égale à {most}.</translation>
    </message>
    <message>
        <source>Targeting &apos;{targeting}&apos; is unknown: use universal or pension_tested.</source>
        <translation>Le ciblage «&#xa0;{targeting}&#xa0;» est inconnu&#xa0;: utilisez universal ou pension_tested.</translation>
    </message>
    <message>
        <source>The costing starts in a base year of the shipped population: {years}, not {year}.</source>
        <translation>Le chiffrage commence à une année de base de la population fournie&#xa0;: {years}, et non {year}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>The last year {last} must be between the first year {first} and {limit}.</source>
        <translation>La dernière année, {last}, doit être comprise entre la première année, {first}, et {limit}.</translation>
    </message>
    <message>
        <source>{amount} international (PPP) dollars a day</source>
        <translation>{amount} dollars internationaux (PPA) par jour</translation>
    </message>
    <message>
        <source>{share}% of GDP per head</source>
        <translation>{share}&#xa0;% du PIB par habitant</translation>
    </message>
    <message>
        <source>everyone aged {age} or over</source>
        <translation>toutes les personnes âgées de {age} ans ou plus</translation>
    </message>
    <message>
        <source>those without a contributory pension aged {age} or over</source>
        <translation>les personnes âgées de {age} ans ou plus sans pension contributive</translation>
    </message>
    <message>
        <source>1 country</source>
        <translation>1 pays</translation>
    </message>
    <message>
        <source>{count} countries</source>
        <translation>{count} pays</translation>
    </message>
    <message>
        <source>Basic pension of {benefit} for {who}, take-up {take_up}%, administration {admin}% of benefits; {countries}, {first}-{last}.</source>
        <translation>Pension de base de {benefit} pour {who}, taux de recours {take_up}&#xa0;%, frais d&apos;administration {admin}&#xa0;% des prestations&#xa0;; {countries}, {first}-{last}.</translation>
    </message>
    <message>
        <source>The workbook of {country} could not be built: {reason}.</source>
        <translation>Le classeur de {country} n&apos;a pas pu être construit&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>None of the countries named can be costed: {reasons}</source>
        <translation>Aucun des pays indiqués ne peut être chiffré&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>The workbooks of {countries} end before {year}: choose an earlier last year.</source>
        <translation>Les classeurs de {countries} s&apos;arrêtent avant {year}&#xa0;: choisissez une dernière année antérieure.</translation>
    </message>
    <message>
        <source>No GDP from the World Bank or the IMF: the workbook&apos;s GDP is a placeholder (its region&apos;s median GDP per head, in US$), so the cost in money rests on it.</source>
        <translation>Aucun PIB de la Banque mondiale ni du FMI&#xa0;: le PIB du classeur est une valeur provisoire (le PIB médian par habitant de sa région, en dollars des États-Unis), dont dépend le coût en monnaie.</translation>
    </message>
    <message>
        <source>No GDP from the World Bank or the IMF: the workbook&apos;s GDP is a placeholder (its region&apos;s median GDP per head, in US$), so the cost in money and as % of GDP rests on it.</source>
        <translation>Aucun PIB de la Banque mondiale ni du FMI&#xa0;: le PIB du classeur est une valeur provisoire (le PIB médian par habitant de sa région, en dollars des États-Unis), dont dépendent le coût en monnaie et le coût en % du PIB.</translation>
    </message>
    <message>
        <source>No PPP conversion factor in WDI: the benefit in PPP dollars cannot be converted.</source>
        <translation>Aucun facteur de conversion PPA dans les WDI&#xa0;: la prestation en dollars PPA ne peut pas être convertie.</translation>
    </message>
    <message>
        <source>PPP factor of {year} not carried to {base_year}: the WEO has no inflation for those years.</source>
        <translation>Facteur PPA de {year} non reporté en {base_year}&#xa0;: le WEO ne donne pas l&apos;inflation de ces années.</translation>
    </message>
    <message>
        <source>PPP factor {factor} of {year} (WDI), at {base_year} prices with WEO inflation.</source>
        <translation>Facteur PPA de {factor} pour {year} (WDI), porté aux prix de {base_year} avec l&apos;inflation du WEO.</translation>
    </message>
    <message>
        <source>No IMF WEO government expenditure: cost to government expenditure unknown.</source>
        <translation>Pas de dépenses publiques dans le WEO du FMI&#xa0;: coût rapporté aux dépenses publiques inconnu.</translation>
    </message>
    <message>
        <source>Government expenditure held at its {year} share of GDP ({share} %) after {year}.</source>
        <translation>Dépenses publiques maintenues après {year} à leur part du PIB de {year} ({share}&#xa0;%).</translation>
    </message>
</context>
<context>
    <name>costing_chart</name>
    <message>
        <source>Low income</source>
        <translation>Faible revenu</translation>
    </message>
    <message>
        <source>Lower middle income</source>
        <translation>Revenu intermédiaire, tranche inférieure</translation>
    </message>
    <message>
        <source>Upper middle income</source>
        <translation>Revenu intermédiaire, tranche supérieure</translation>
    </message>
    <message>
        <source>High income</source>
        <translation>Revenu élevé</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>Cost of the basic pension, % of GDP</source>
        <translation>Coût de la pension de base, % du PIB</translation>
    </message>
    <message>
        <source>World Bank income group</source>
        <translation>Groupe de revenu de la Banque mondiale</translation>
    </message>
    <message>
        <source>{cost} of GDP</source>
        <translation>{cost} du PIB</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>costing_view</name>
    <message>
        <source>{tip} ({unit}, {low} to {high} %).</source>
        <translation>{tip} ({unit}, de {low} à {high}&#xa0;%).</translation>
    </message>
    <message>
        <source>Countries (names, ISO3 codes or M49 numbers, separated by commas) or a group: a World Bank region or income group, a UN region, or both, e.g. &apos;Low income Sub-Saharan Africa&apos; or &apos;Lower middle income Southern Asia&apos;.</source>
        <translation>Pays (noms, codes ISO3 ou numéros M49, séparés par des virgules) ou un groupe&#xa0;: une région ou un groupe de revenu de la Banque mondiale, une région de l&apos;ONU, ou les deux, par exemple «&#xa0;Afrique subsaharienne à faible revenu&#xa0;» ou «&#xa0;Asie méridionale à revenu intermédiaire (tranche inférieure)&#xa0;» (les noms anglais sont aussi acceptés).</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Age from which the pension is paid: everyone at or above it is eligible.</source>
        <translation>Âge à partir duquel la pension est versée&#xa0;: toute personne l&apos;ayant atteint y a droit.</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Âge&#xa0;:</translation>
    </message>
    <message>
        <source>Share of GDP per head</source>
        <translation>Part du PIB par habitant</translation>
    </message>
    <message>
        <source>The benefit keeps its share of income per head as the economy grows.</source>
        <translation>La prestation garde sa part du revenu par habitant à mesure que l&apos;économie croît.</translation>
    </message>
    <message>
        <source>PPP dollars a day</source>
        <translation>Dollars PPA par jour</translation>
    </message>
    <message>
        <source>The benefit buys the same basket in every year: international dollars a day at the prices of the latest World Bank PPP factor, indexed to prices.</source>
        <translation>La prestation achète le même panier chaque année&#xa0;: des dollars internationaux par jour aux prix du dernier facteur PPA de la Banque mondiale, indexés sur les prix.</translation>
    </message>
    <message>
        <source>Benefit as:</source>
        <translation>Prestation en&#xa0;:</translation>
    </message>
    <message>
        <source>Annual benefit as a share of GDP per head</source>
        <translation>Prestation annuelle en part du PIB par habitant</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> par jour</translation>
    </message>
    <message>
        <source>Benefit in international (PPP) dollars a day per person; 2.15 is the World Bank&apos;s extreme poverty line (2017 PPP).</source>
        <translation>Prestation en dollars internationaux (PPA) par jour et par personne&#xa0;; 2,15 est le seuil d&apos;extrême pauvreté de la Banque mondiale (PPA 2017).</translation>
    </message>
    <message>
        <source>&amp;PPP amount:</source>
        <translation>&amp;Montant en PPA&#xa0;:</translation>
    </message>
    <message>
        <source>Universal</source>
        <translation>Universelle</translation>
    </message>
    <message>
        <source>Pension-tested</source>
        <translation>Sous condition de non-cumul</translation>
    </message>
    <message>
        <source>Universal: everyone at or above the age. Pension-tested: only those without a contributory pension (as projected by each country&apos;s built workbook).</source>
        <translation>Universelle&#xa0;: toute personne ayant atteint l&apos;âge. Sous condition de non-cumul&#xa0;: seulement les personnes sans pension contributive (telles que les projette le classeur construit pour chaque pays).</translation>
    </message>
    <message>
        <source>&amp;Targeting:</source>
        <translation>&amp;Ciblage&#xa0;:</translation>
    </message>
    <message>
        <source>Share of the eligible who claim the pension</source>
        <translation>Part des ayants droit qui demandent la pension</translation>
    </message>
    <message>
        <source>Take-&amp;up:</source>
        <translation>Taux de &amp;recours&#xa0;:</translation>
    </message>
    <message>
        <source>Delivery cost as a share of the benefits paid</source>
        <translation>Coût de gestion en part des prestations versées</translation>
    </message>
    <message>
        <source>Ad&amp;ministration:</source>
        <translation>A&amp;dministration&#xa0;:</translation>
    </message>
    <message>
        <source>First year costed: a base year of the shipped UN population.</source>
        <translation>Première année chiffrée&#xa0;: une année de base de la population de l&apos;ONU fournie.</translation>
    </message>
    <message>
        <source>Last year costed (the table also shows the cost in this year).</source>
        <translation>Dernière année chiffrée (le tableau montre aussi le coût de cette année).</translation>
    </message>
    <message>
        <source>Year whose cost ranks the countries in the chart and the table.</source>
        <translation>Année dont le coût classe les pays dans le graphique et le tableau.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Années&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>Classer &amp;selon&#xa0;:</translation>
    </message>
    <message>
        <source>Universal pension costing</source>
        <translation>Coût d&apos;une pension universelle</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>{path} écrit.</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>C&amp;hiffrer</translation>
    </message>
    <message>
        <source>Cost the pension in every country named (Ctrl+Return). The first costing of a country builds its demography, a second or two each.</source>
        <translation>Chiffrer la pension dans chaque pays indiqué (Ctrl+Entrée). Le premier chiffrage d&apos;un pays construit sa démographie, une à deux secondes chacun.</translation>
    </message>
    <message>
        <source>Building the countries&apos; demography and costing the pension (a country built once is kept, also for the next session).</source>
        <translation>Construction de la démographie des pays et chiffrage de la pension (un pays construit est conservé, aussi pour la session suivante).</translation>
    </message>
    <message>
        <source>Name countries or a group, then Cost.</source>
        <translation>Indiquez des pays ou un groupe, puis Chiffrer.</translation>
    </message>
    <message>
        <source>Cost of the pension as % of GDP in the ranking year, dearest on top, coloured by World Bank income group.</source>
        <translation>Coût de la pension en % du PIB l&apos;année du classement, le plus cher en haut, coloré selon le groupe de revenu de la Banque mondiale.</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>The ranked chart, and the table behind it (Ctrl+C copies it for a spreadsheet).</source>
        <translation>Le graphique classé et le tableau qui le sous-tend (Ctrl+C le copie pour un tableur).</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write a workbook with the ranked table, a chart and every year (Ctrl+E).</source>
        <translation>Écrire un classeur avec le tableau classé, un graphique et toutes les années (Ctrl+E).</translation>
    </message>
    <message>
        <source>Close the costing (Esc).</source>
        <translation>Fermer le chiffrage (Échap).</translation>
    </message>
    <message>
        <source>Costing {count} countries…</source>
        <translation>Chiffrage de {count} pays…</translation>
    </message>
    <message>
        <source>Cost as % of GDP, {year}</source>
        <translation>Coût en % du PIB, {year}</translation>
    </message>
    <message>
        <source>Left out: {countries}.</source>
        <translation>Laissés de côté&#xa0;: {countries}.</translation>
    </message>
    <message>
        <source>Export the costing</source>
        <translation>Exporter le chiffrage</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>&amp;Universal pension costing…</source>
        <translation>Coût d&apos;une pension &amp;universelle…</translation>
    </message>
    <message>
        <source>Cost a universal or pension-tested basic pension in many countries at once, from the shipped data.</source>
        <translation>Chiffrer une pension de base universelle ou sous condition de non-cumul dans de nombreux pays à la fois, à partir des données fournies.</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <source>--scheme is &apos;{scheme}&apos;: choose one of {choices}.</source>
        <translation>--scheme vaut «&#xa0;{scheme}&#xa0;»&#xa0;: choisissez parmi {choices}.</translation>
    </message>
    <message>
        <source>The assumptions give {country} no contributors: raise the coverage.</source>
        <translation>Avec ces hypothèses, {country} n&apos;a aucun cotisant&#xa0;: relevez la couverture.</translation>
    </message>
    <message>
        <source>Name a country: its name, ISO3 code (e.g. MWI) or UN M49 number (e.g. 454).</source>
        <translation>Indiquez un pays&#xa0;: son nom, son code ISO3 (p. ex. MWI) ou son numéro M49 des Nations Unies (p. ex. 454).</translation>
    </message>
    <message>
        <source>&apos;{wanted}&apos; matches {count} countries: {names}. Give the full name or the ISO3 code.</source>
        <translation>«&#xa0;{wanted}&#xa0;» correspond à {count} pays&#xa0;: {names}. Donnez le nom complet ou le code ISO3.</translation>
    </message>
    <message>
        <source>No country or area called &apos;{wanted}&apos; in the shipped UN data. Closest: {names}.</source>
        <translation>Aucun pays ni zone nommé «&#xa0;{wanted}&#xa0;» dans les données des Nations Unies fournies. Les plus proches&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>No country or area called &apos;{wanted}&apos; in the shipped UN data. Give a name as the UN writes it, an ISO3 code (e.g. MWI) or an M49 number (e.g. 454).</source>
        <translation>Aucun pays ni zone nommé «&#xa0;{wanted}&#xa0;» dans les données des Nations Unies fournies. Donnez le nom tel que l&apos;écrivent les Nations Unies (en anglais), un code ISO3 (p. ex. MWI) ou un numéro M49 (p. ex. 454).</translation>
    </message>
    <message>
        <source>The shipped WPP population of {country} has no {year}: the years are {years}.</source>
        <translation>La population WPP fournie pour {country} ne comporte pas l&apos;année {year}&#xa0;: les années disponibles sont {years}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>country_data</name>
    <message>
        <source>Population, mortality, fertility, migration</source>
        <translation>Population, mortalité, fécondité, migrations</translation>
    </message>
    <message>
        <source>United Nations, Department of Economic and Social Affairs, Population Division (2024). World Population Prospects 2024. Licence CC BY 3.0 IGO. Extracted from the R data package wpp2024 (github.com/PPgp/wpp2024, commit 2da7768; 5-year population commit 33717a3).</source>
        <translation>United Nations, Department of Economic and Social Affairs, Population Division (2024). World Population Prospects 2024. Licence CC BY 3.0 IGO. Extrait du paquet de données R wpp2024 (github.com/PPgp/wpp2024, commit 2da7768&#xa0;; population par groupes quinquennaux&#xa0;: commit 33717a3).</translation>
    </message>
    <message>
        <source>GDP, World Bank regions and income groups</source>
        <translation>PIB, régions et groupes de revenu de la Banque mondiale</translation>
    </message>
    <message>
        <source>World Bank, World Development Indicators (GDP in current local currency and US$, GDP per capita PPP, PPP conversion factor, 2000-2023; country groups). Licence CC BY 4.0. Via github.com/relatoscondatos/data_global, commit 1473f4e.</source>
        <translation>World Bank, World Development Indicators (PIB en monnaie locale courante et en dollars des États-Unis, PIB par habitant en PPA, facteur de conversion en PPA, 2000-2023&#xa0;; groupes de pays). Licence CC BY 4.0. Via github.com/relatoscondatos/data_global, commit 1473f4e.</translation>
    </message>
    <message>
        <source>Informal employment</source>
        <translation>Emploi informel</translation>
    </message>
    <message>
        <source>International Labour Organization, ILOSTAT database, &apos;Informal employment rate by sex (%) - annual&apos; (file dated 2024-07-26, accessed July 2024). Licence CC BY 4.0. Survey years and types differ: indicative defaults only.</source>
        <translation>International Labour Organization, ILOSTAT database, &apos;Informal employment rate by sex (%) - annual&apos; (fichier daté du 2024-07-26, consulté en juillet 2024). Licence CC BY 4.0. Les années et les types d&apos;enquête diffèrent&#xa0;: valeurs par défaut indicatives seulement.</translation>
    </message>
    <message>
        <source>Growth, inflation, unemployment, government expenditure</source>
        <translation>Croissance, inflation, chômage, dépenses publiques</translation>
    </message>
    <message>
        <source>International Monetary Fund, World Economic Outlook Database, April 2024 (2015-2029; 2024 on are projections). Used under the IMF&apos;s terms for its statistical data; source: IMF.</source>
        <translation>International Monetary Fund, World Economic Outlook Database, April 2024 (2015-2029&#xa0;; projections à partir de 2024). Utilisé selon les conditions du FMI pour ses données statistiques&#xa0;; source&#xa0;: FMI.</translation>
    </message>
    <message>
        <source>illustrative default, not a statistic: replace it</source>
        <translation>valeur par défaut illustrative, pas une statistique&#xa0;: à remplacer</translation>
    </message>
    <message>
        <source>Illustrative contributory scheme (defaults to replace)</source>
        <translation>Régime contributif illustratif (valeurs par défaut à remplacer)</translation>
    </message>
    <message>
        <source>Illustrative defined-benefit scheme built from UN, World Bank, ILO and IMF data: every rule, the membership and the pensioners are defaults to replace (Checklist sheet).</source>
        <translation>Régime illustratif à prestations définies, construit à partir des données de l&apos;ONU, de la Banque mondiale, de l&apos;OIT et du FMI&#xa0;: toutes les règles, les effectifs d&apos;assurés et les pensionnés sont des valeurs par défaut à remplacer (feuille Checklist).</translation>
    </message>
</context>
<context>
    <name>country_dialog</name>
    <message>
        <source>Country or area</source>
        <translation>Pays ou territoire</translation>
    </message>
    <message>
        <source>World Bank region</source>
        <translation>Région de la Banque mondiale</translation>
    </message>
    <message>
        <source>Income group</source>
        <translation>Groupe de revenu</translation>
    </message>
    <message>
        <source>Illustrative contributory scheme (defaults to replace)</source>
        <translation>Régime contributif illustratif (valeurs par défaut à remplacer)</translation>
    </message>
    <message>
        <source>No contributory scheme (for a non-contributory pension)</source>
        <translation>Aucun régime contributif (pour une pension non contributive)</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>non classé</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>{people} ({year}, UN WPP 2024)</source>
        <translation>{people} ({year}, WPP 2024 de l&apos;ONU)</translation>
    </message>
    <message>
        <source>Aged {age} and over</source>
        <translation>{age} ans et plus</translation>
    </message>
    <message>
        <source>{share} of the population</source>
        <translation>{share} de la population</translation>
    </message>
    <message>
        <source>World Bank group</source>
        <translation>Groupe de la Banque mondiale</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>aucune région</translation>
    </message>
    <message>
        <source>no income group</source>
        <translation>aucun groupe de revenu</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>PIB</translation>
    </message>
    <message>
        <source>{amount} in {year}: {source}</source>
        <translation>{amount} en {year}&#xa0;: {source}</translation>
    </message>
    <message>
        <source>GDP per head</source>
        <translation>PIB par habitant</translation>
    </message>
    <message>
        <source>{amount} international (PPP) dollars a year ({year}, WDI)</source>
        <translation>{amount} dollars internationaux (PPA) par an ({year}, WDI)</translation>
    </message>
    <message>
        <source>Informal employment</source>
        <translation>Emploi informel</translation>
    </message>
    <message>
        <source>no ILOSTAT rate: a default is used</source>
        <translation>pas de taux ILOSTAT&#xa0;: une valeur par défaut est utilisée</translation>
    </message>
    <message>
        <source>{share} of employment ({year}, ILOSTAT)</source>
        <translation>{share} de l&apos;emploi ({year}, ILOSTAT)</translation>
    </message>
    <message>
        <source>growth, inflation and government expenditure to 2029</source>
        <translation>croissance, inflation et dépenses publiques jusqu&apos;en 2029</translation>
    </message>
    <message>
        <source>not covered: long-run defaults</source>
        <translation>non couvert&#xa0;: valeurs de long terme par défaut</translation>
    </message>
    <message>
        <source>New workbook from country data</source>
        <translation>Nouveau classeur à partir des données d&apos;un pays</translation>
    </message>
    <message>
        <source>Search: name, ISO3, region or income group</source>
        <translation>Rechercher&#xa0;: nom, ISO3, région ou groupe de revenu</translation>
    </message>
    <message>
        <source>Type part of a name, an ISO3 code, a World Bank region or an income group; the list keeps the matches (Down moves into the list).</source>
        <translation>Tapez une partie d&apos;un nom, un code ISO3, une région de la Banque mondiale ou un groupe de revenu&#xa0;; la liste garde les correspondances (Bas entre dans la liste).</translation>
    </message>
    <message>
        <source>The 236 countries and areas of UN WPP 2024; click a column to sort.</source>
        <translation>Les 236 pays et territoires des WPP 2024 de l&apos;ONU&#xa0;; cliquez sur une colonne pour trier.</translation>
    </message>
    <message>
        <source>Base year of the workbook: a year the UN population is shipped for.</source>
        <translation>Année de base du classeur&#xa0;: une année pour laquelle la population de l&apos;ONU est fournie.</translation>
    </message>
    <message>
        <source>Illustrative: a default contributory scheme, listed on the Checklist sheet to replace. None: demography and economy only, to cost a non-contributory pension.</source>
        <translation>Illustratif&#xa0;: un régime contributif par défaut, listé sur la feuille Checklist pour être remplacé. Aucun&#xa0;: démographie et économie seulement, pour chiffrer une pension non contributive.</translation>
    </message>
    <message>
        <source>&amp;Base year:</source>
        <translation>Année de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Régime&#xa0;:</translation>
    </message>
    <message>
        <source>Population by single age and sex in the base year (UN WPP 2024, graduated).</source>
        <translation>Population par âge simple et par sexe l&apos;année de base (WPP 2024 de l&apos;ONU, lissée).</translation>
    </message>
    <message>
        <source>The main figures of the shipped data for this country, with their sources.</source>
        <translation>Les principaux chiffres des données fournies pour ce pays, avec leurs sources.</translation>
    </message>
    <message>
        <source>Fitting the demography to the UN projection and writing the workbook.</source>
        <translation>Ajustement de la démographie à la projection de l&apos;ONU et écriture du classeur.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Choose where to write the workbook, build it and open it (Ctrl+S).</source>
        <translation>Choisir où écrire le classeur, le construire et l&apos;ouvrir (Ctrl+S).</translation>
    </message>
    <message>
        <source>Close without writing (Esc).</source>
        <translation>Fermer sans écrire (Échap).</translation>
    </message>
    <message>
        <source>No country matches the search.</source>
        <translation>Aucun pays ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({iso3}, M49 {m49}, currency {currency})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({iso3}, M49 {m49}, monnaie {currency})</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Write the country&apos;s workbook</source>
        <translation>Écrire le classeur du pays</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>a new workbook</source>
        <translation>un nouveau classeur</translation>
    </message>
    <message>
        <source>Building {name} ({year}, {scheme})…</source>
        <translation>Construction de {name} ({year}, {scheme})…</translation>
    </message>
    <message>
        <source>New from &amp;country…</source>
        <translation>Nouveau à partir d&apos;un &amp;pays…</translation>
    </message>
    <message>
        <source>Write a complete workbook for any country from the UN, World Bank, ILO and IMF data shipped with the application, then open it.</source>
        <translation>Écrire un classeur complet pour n&apos;importe quel pays à partir des données de l&apos;ONU, de la Banque mondiale, de l&apos;OIT et du FMI fournies avec l&apos;application, puis l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>country_workbook</name>
    <message>
        <source>effective path fitted so that the spec&apos;s projection reproduces WPP 2024 (medium variant); not WPP&apos;s official figure (see the Sources sheet)</source>
        <translation>trajectoire effective ajustée pour que la projection de la spécification reproduise WPP 2024 (variante moyenne)&#xa0;; ce n&apos;est pas le chiffre officiel de WPP (voir la feuille Sources)</translation>
    </message>
    <message>
        <source>fraction of insurable wage</source>
        <translation>fraction du salaire assurable</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>fraction per year of service</source>
        <translation>fraction par année de service</translation>
    </message>
    <message>
        <source>final years averaged into the reference wage</source>
        <translation>dernières années dont la moyenne donne le salaire de référence</translation>
    </message>
    <message>
        <source>none|prices|wages</source>
        <translation>none|prices|wages (en anglais)</translation>
    </message>
    <message>
        <source>revaluation of past wages at award</source>
        <translation>revalorisation des salaires passés à la liquidation de la pension</translation>
    </message>
    <message>
        <source>fraction of average insurable wage</source>
        <translation>fraction du salaire assurable moyen</translation>
    </message>
    <message>
        <source>fraction of reference wage</source>
        <translation>fraction du salaire de référence</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>fraction décimale</translation>
    </message>
    <message>
        <source>0 = prices, 1 = wages</source>
        <translation>0 = prix, 1 = salaires</translation>
    </message>
    <message>
        <source>fraction of a year</source>
        <translation>fraction d&apos;année</translation>
    </message>
    <message>
        <source>fraction of contributions</source>
        <translation>fraction des cotisations</translation>
    </message>
    <message>
        <source>fraction of expenditure</source>
        <translation>fraction des dépenses</translation>
    </message>
    <message>
        <source>sd of log wage</source>
        <translation>écart type du log du salaire</translation>
    </message>
    <message>
        <source>spread of earnings within a cohort (10 classes)</source>
        <translation>dispersion des salaires au sein d&apos;une cohorte (10 classes)</translation>
    </message>
    <message>
        <source>spread of service within a cohort (5 classes)</source>
        <translation>dispersion des années de service au sein d&apos;une cohorte (5 classes)</translation>
    </message>
    <message>
        <source>times the average wage</source>
        <translation>fois le salaire moyen</translation>
    </message>
    <message>
        <source>wages above it are neither contributed on nor pensioned</source>
        <translation>la part des salaires au-delà n&apos;est ni soumise à cotisation ni prise en compte pour la pension</translation>
    </message>
    <message>
        <source>qualifying period for an old-age pension</source>
        <translation>stage ouvrant droit à la pension de vieillesse</translation>
    </message>
    <message>
        <source>lump sum, of the reference wage, for those short of the qualifying period</source>
        <translation>versement en capital, en fraction du salaire de référence, à ceux qui n&apos;ont pas accompli le stage</translation>
    </message>
    <message>
        <source>service needed for a disability pension</source>
        <translation>stage requis pour une pension d&apos;invalidité</translation>
    </message>
    <message>
        <source>share of the years to the pensionable age credited</source>
        <translation>part validée des années restant jusqu&apos;à l&apos;âge d&apos;admission à la pension</translation>
    </message>
    <message>
        <source>times qx</source>
        <translation>fois qx</translation>
    </message>
    <message>
        <source>disability pensioners&apos; mortality</source>
        <translation>mortalité des pensionnés d&apos;invalidité</translation>
    </message>
    <message>
        <source>a spouse&apos;s pension, of the deceased&apos;s pension</source>
        <translation>pension du conjoint survivant, en fraction de la pension du défunt</translation>
    </message>
    <message>
        <source>each orphan&apos;s pension, of the deceased&apos;s pension</source>
        <translation>pension de chaque orphelin, en fraction de la pension du défunt</translation>
    </message>
    <message>
        <source>orphans are paid until this age</source>
        <translation>les orphelins sont servis jusqu&apos;à cet âge</translation>
    </message>
    <message>
        <source>husband&apos;s age minus wife&apos;s</source>
        <translation>âge du mari moins celui de l&apos;épouse</translation>
    </message>
    <message>
        <source>service a contributor needs to leave survivors&apos; pensions</source>
        <translation>stage qu&apos;un cotisant doit avoir accompli pour ouvrir droit à des pensions de survivants</translation>
    </message>
    <message>
        <source>lump sum on a member&apos;s death</source>
        <translation>capital versé au décès d&apos;un assuré (allocation pour frais funéraires)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>No contributory scheme</source>
        <translation>Aucun régime contributif</translation>
    </message>
    <message>
        <source>demography and economy only, for costing a non-contributory pension (Scheme rules set to zero; nobody contributes)</source>
        <translation>démographie et économie seulement, pour chiffrer une pension non contributive (règles de la feuille Scheme mises à zéro&#xa0;; personne ne cotise)</translation>
    </message>
    <message>
        <source>no contributory scheme</source>
        <translation>aucun régime contributif</translation>
    </message>
    <message>
        <source>UN name; ISO3 {iso3}, M49 {m49}</source>
        <translation>nom officiel de l&apos;ONU (en anglais)&#xa0;; ISO3 {iso3}, M49 {m49}</translation>
    </message>
    <message>
        <source>ISO 4217 code</source>
        <translation>code ISO 4217</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>population at 1 January {year}: WPP 2024&apos;s mid-year figure</source>
        <translation>population au 1er janvier {year}&#xa0;: chiffre de milieu d&apos;année de WPP 2024</translation>
    </message>
    <message>
        <source>projection to 2100, the end of the WPP projections</source>
        <translation>projection jusqu&apos;en 2100, fin des projections de WPP</translation>
    </message>
    <message>
        <source>{rule}; {status}</source>
        <translation>{rule}&#xa0;; {status}</translation>
    </message>
    <message>
        <source>reserve at 1 January {year} = {years} x the base-year expenditure (all branches); {status}</source>
        <translation>réserve au 1er janvier {year} = {years} fois les dépenses de l&apos;année de base (toutes branches)&#xa0;; {status}</translation>
    </message>
    <message>
        <source>annual qx improvement after the last MortalityByYear anchor, WPP&apos;s pace over its last decade ({pace}); tfr, net_migration and sex_ratio_at_birth are paths in DemographyByYear</source>
        <translation>amélioration annuelle de qx après la dernière année d&apos;ancrage de MortalityByYear, au rythme de WPP sur sa dernière décennie ({pace})&#xa0;; tfr, net_migration et sex_ratio_at_birth sont des trajectoires dans DemographyByYear</translation>
    </message>
    <message>
        <source>fraction per year</source>
        <translation>fraction décimale par an</translation>
    </message>
    <message>
        <source>WPP 2024 population by sex and 5-year group (mid-year, used as 1 January of the base year), graduated to single ages with a monotone cubic (PCHIP) spline through the cumulative counts; every group total kept to the person.</source>
        <translation>Population de WPP 2024 par sexe et groupe quinquennal d&apos;âge (milieu d&apos;année, prise pour le 1er janvier de l&apos;année de base), ventilée par âge simple avec une spline cubique monotone (PCHIP) passant par les effectifs cumulés&#xa0;; chaque total de groupe est conservé à la personne près.</translation>
    </message>
    <message>
        <source>WPP 2024 central death rates nmx, log-linear between periods to the middle of each workbook year; single-age forces fitted so that every 5-year group&apos;s life-table death rate equals WPP&apos;s nmx; qx = 1 - L(x+1)/L(x). Anchors every 5 years.</source>
        <translation>Taux centraux de mortalité nmx de WPP 2024, log-linéaires entre les périodes jusqu&apos;au milieu de chaque année du classeur&#xa0;; forces de mortalité par âge simple ajustées pour que le taux de mortalité de la table de chaque groupe quinquennal égale le nmx de WPP&#xa0;; qx = 1 - L(x+1)/L(x). Années d&apos;ancrage tous les 5 ans.</translation>
    </message>
    <message>
        <source>WPP 2024 age pattern of fertility of the base year, graduated to single ages 15-49.</source>
        <translation>Calendrier de la fécondité par âge de WPP 2024 pour l&apos;année de base, ventilé par âge simple de 15 à 49 ans.</translation>
    </message>
    <message>
        <source>Effective paths, one row a year: {effective}. The TFR and sex ratio make the spec&apos;s newborns equal WPP&apos;s (births from WPP&apos;s TFR and age pattern, surviving to the year&apos;s end, plus migrants aged 0); net migration scales the Migration profile so that the population aged 1 and over follows WPP&apos;s flows by age. WPP&apos;s own TFR in the first year: {tfr}; net migration {migration}.</source>
        <translation>Trajectoires effectives, une ligne par an&#xa0;: {effective}. L&apos;ISF et le rapport de masculinité font que les nouveau-nés de la spécification égalent ceux de WPP (naissances tirées de l&apos;ISF et du calendrier de WPP, survivant jusqu&apos;à la fin de l&apos;année, plus les migrants d&apos;âge 0)&#xa0;; le solde migratoire met à l&apos;échelle le profil de la feuille Migration pour que la population âgée de 1 an et plus suive les flux de WPP par âge. ISF propre de WPP la première année&#xa0;: {tfr}&#xa0;; solde migratoire {migration}.</translation>
    </message>
    <message>
        <source>WPP 2024 net migrants by sex and 5-year age (ages at the end of the year), graduated; the one age-sex profile that best fits all years&apos; flows (least squares), scaled to sum 1000. A year&apos;s migrants at an age are net_migration x the profile&apos;s share there: where the two have opposite signs, people leave.</source>
        <translation>Migrants nets de WPP 2024 par sexe et groupe quinquennal d&apos;âge (âges à la fin de l&apos;année), ventilés par âge simple&#xa0;; le profil par âge et sexe unique qui s&apos;ajuste le mieux aux flux de toutes les années (moindres carrés), mis à l&apos;échelle pour totaliser 1000. Les migrants d&apos;une année à un âge valent net_migration x la part du profil à cet âge&#xa0;: là où les deux sont de signes opposés, des personnes partent.</translation>
    </message>
    <message>
        <source>Coverage of the employed: men {men}, women {women} ({how}). Wages, past service and the pensioners are illustrative.</source>
        <translation>Couverture des actifs occupés&#xa0;: hommes {men}, femmes {women} ({how}). Les salaires, les périodes de service passées et les pensionnés sont illustratifs.</translation>
    </message>
    <message>
        <source>default: replace</source>
        <translation>valeur par défaut&#xa0;: à remplacer</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>PIB</translation>
    </message>
    <message>
        <source>PLACEHOLDER: replace</source>
        <translation>VALEUR PROVISOIRE&#xa0;: à remplacer</translation>
    </message>
    <message>
        <source>from data: check</source>
        <translation>tiré des données&#xa0;: à vérifier</translation>
    </message>
    <message>
        <source>National accounts GDP of the base year, in the currency of the Scheme sheet.</source>
        <translation>PIB des comptes nationaux de l&apos;année de base, dans la monnaie de la feuille Scheme.</translation>
    </message>
    <message>
        <source>Economic paths</source>
        <translation>Trajectoires économiques</translation>
    </message>
    <message>
        <source>IMF WEO to 2029, then assumptions: review</source>
        <translation>WEO du FMI jusqu&apos;en 2029, puis hypothèses&#xa0;: à revoir</translation>
    </message>
    <message>
        <source>The ministry&apos;s macro framework; long-run inflation, real wage growth and return.</source>
        <translation>Le cadrage macroéconomique du ministère&#xa0;; inflation, croissance réelle des salaires et rendement à long terme.</translation>
    </message>
    <message>
        <source>Labour-force participation</source>
        <translation>Taux d&apos;activité</translation>
    </message>
    <message>
        <source>Participation by age and sex from the latest labour force survey (ILOSTAT).</source>
        <translation>Taux d&apos;activité par âge et sexe de la dernière enquête sur la population active (ILOSTAT).</translation>
    </message>
    <message>
        <source>Demography</source>
        <translation>Démographie</translation>
    </message>
    <message>
        <source>from WPP 2024: keep</source>
        <translation>tiré de WPP 2024&#xa0;: à conserver</translation>
    </message>
    <message>
        <source>Replace only with a national projection, as a whole.</source>
        <translation>À ne remplacer que par une projection nationale, dans son ensemble.</translation>
    </message>
    <message>
        <source>Contributory scheme</source>
        <translation>Régime contributif</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Nothing to fill in for a non-contributory pension: set basic_pension_* on the Scheme sheet or use the basic-pension lever.</source>
        <translation>Rien à remplir pour une pension non contributive&#xa0;: renseignez les clés basic_pension_* de la feuille Scheme ou utilisez le levier de la pension de base.</translation>
    </message>
    <message>
        <source>Scheme rules</source>
        <translation>Règles du régime</translation>
    </message>
    <message>
        <source>Contribution rate, pensionable ages, accrual, reference period, indexation, qualifying periods, survivors&apos; terms: from the scheme&apos;s law.</source>
        <translation>Taux de cotisation, âge d&apos;admission à la pension (hommes et femmes), taux d&apos;annuité, période de référence, revalorisation des pensions, stages, conditions des pensions de survivants&#xa0;: d&apos;après la loi du régime.</translation>
    </message>
    <message>
        <source>Contributors, wages, past service</source>
        <translation>Cotisants, salaires, périodes validées</translation>
    </message>
    <message>
        <source>Active contributors by age and sex, their average insurable wage and credited service.</source>
        <translation>Cotisants actifs par âge et sexe, leur salaire assurable moyen et leurs périodes validées.</translation>
    </message>
    <message>
        <source>Pensioners</source>
        <translation>Pensionnés</translation>
    </message>
    <message>
        <source>Old-age, disability, spouse and orphan pensioners by age and sex and their average pensions, from the scheme&apos;s payroll.</source>
        <translation>Pensionnés de vieillesse et d&apos;invalidité, conjoints survivants et orphelins par âge et sexe, et leurs pensions moyennes, d&apos;après le fichier de paiement du régime.</translation>
    </message>
    <message>
        <source>Disability and survivors</source>
        <translation>Invalidité et survivants</translation>
    </message>
    <message>
        <source>Disability incidence and the share of members leaving an entitled spouse, from scheme experience.</source>
        <translation>Incidence de l&apos;invalidité et part des assurés laissant un conjoint ayant droit, d&apos;après l&apos;expérience du régime.</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Reserve at 1 January of the base year.</source>
        <translation>Réserve au 1er janvier de l&apos;année de base.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>from ISO 4217: check</source>
        <translation>tiré de l&apos;ISO 4217&#xa0;: à vérifier</translation>
    </message>
    <message>
        <source>The currency the amounts are in.</source>
        <translation>La monnaie dans laquelle les montants sont exprimés.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Source or method</source>
        <translation>Source ou méthode</translation>
    </message>
</context>
<context>
    <name>csv_export</name>
    <message>
        <source>The folder {parent} does not exist; cannot create {name} in it.</source>
        <translation>Le dossier {parent} n&apos;existe pas&#xa0;; impossible d&apos;y créer {name}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>Impossible de créer le dossier {folder}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Levier</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Copier la liste</translation>
    </message>
    <message>
        <source>Copy every problem as tab-separated text.</source>
        <translation>Copier tous les problèmes sous forme de texte séparé par des tabulations.</translation>
    </message>
    <message>
        <source>Reform Studio: unexpected error</source>
        <translation>Reform Studio&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <source>&lt;br&gt;The details are also in the log file &lt;tt&gt;{path}&lt;/tt&gt;.</source>
        <translation>&lt;br&gt;Les détails figurent aussi dans le fichier journal &lt;tt&gt;{path}&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;Your work is still open; you may save your scenarios and carry on.{log}</source>
        <translation>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;Votre travail est toujours ouvert&#xa0;; vous pouvez enregistrer vos scénarios et continuer.{log}</translation>
    </message>
</context>
<context>
    <name>difference_picker</name>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>A: the scenario whose change is drawn (by default the reform being edited). Tick a reform in the list to choose it here.</source>
        <translation>A&#xa0;: le scénario dont l&apos;écart est tracé (par défaut la réforme en cours de modification). Cochez une réforme dans la liste pour pouvoir la choisir ici.</translation>
    </message>
    <message>
        <source>B: the scenario it is compared with (by default the baseline). Above zero, A is higher than B.</source>
        <translation>B&#xa0;: le scénario de comparaison (par défaut le scénario de référence). Au-dessus de zéro, A est supérieur à B.</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A&#xa0;:</translation>
    </message>
    <message>
        <source>minus B:</source>
        <translation>moins B&#xa0;:</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <source>Reset {lever}</source>
        <translation>Rétablir {lever}</translation>
    </message>
    <message>
        <source>Change {lever}</source>
        <translation>Modifier {lever}</translation>
    </message>
    <message>
        <source>Reset all levers</source>
        <translation>Rétablir tous les leviers</translation>
    </message>
    <message>
        <source>Rename to {name}</source>
        <translation>Renommer en {name}</translation>
    </message>
    <message>
        <source>Show {name}</source>
        <translation>Tracer {name}</translation>
    </message>
    <message>
        <source>Hide {name}</source>
        <translation>Masquer {name}</translation>
    </message>
    <message>
        <source>Reform</source>
        <translation>Réforme</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
</context>
<context>
    <name>economy</name>
    <message>
        <source>{covered} of the formally employed: ILOSTAT informal employment {total} ({year}, {source}), men {men}, women {women}</source>
        <translation>{covered} des personnes occupées dans le secteur formel&#xa0;: emploi informel selon ILOSTAT {total} ({year}, {source}), hommes {men}, femmes {women}</translation>
    </message>
    <message>
        <source>no ILOSTAT informality rate: default for {group} countries</source>
        <translation>pas de taux d&apos;informalité ILOSTAT&#xa0;: valeur par défaut du groupe «&#xa0;{group}&#xa0;»</translation>
    </message>
    <message>
        <source>no ILOSTAT informality rate: default for unclassified countries</source>
        <translation>pas de taux d&apos;informalité ILOSTAT&#xa0;: valeur par défaut des pays non classés</translation>
    </message>
    <message>
        <source>World Bank WDI GDP {year} in current {currency} ({value}) carried to {base_year} with {how}</source>
        <translation>PIB {year} de la Banque mondiale (WDI) en {currency} courants ({value}), porté à {base_year} avec {how}</translation>
    </message>
    <message>
        <source>World Bank WDI GDP {year} in current {currency} ({value})</source>
        <translation>PIB {year} de la Banque mondiale (WDI) en {currency} courants ({value})</translation>
    </message>
    <message>
        <source>WDI&apos;s latest figure, {year}, is too old to carry: the currency may have changed</source>
        <translation>le dernier chiffre des WDI, {year}, est trop ancien pour être prolongé&#xa0;: la monnaie a pu changer</translation>
    </message>
    <message>
        <source>no WDI figure</source>
        <translation>aucun chiffre des WDI</translation>
    </message>
    <message>
        <source>IMF WEO April 2024 nominal GDP {year} ({why})</source>
        <translation>PIB nominal {year} des Perspectives de l&apos;économie mondiale du FMI (WEO), avril 2024 ({why})</translation>
    </message>
    <message>
        <source>PLACEHOLDER: neither the World Bank nor the IMF publishes GDP for this area; population x the median GDP per head of {region} ({usd} US$), in US$. Replace it</source>
        <translation>VALEUR PROVISOIRE&#xa0;: ni la Banque mondiale ni le FMI ne publient de PIB pour cette zone&#xa0;; population × PIB médian par habitant de la région {region} ({usd} $ US), en $ US. À remplacer</translation>
    </message>
    <message>
        <source>the IMF WEO&apos;s nominal GDP growth</source>
        <translation>la croissance du PIB nominal du WEO du FMI</translation>
    </message>
    <message>
        <source>the IMF WEO&apos;s real growth and inflation</source>
        <translation>la croissance réelle et l&apos;inflation du WEO du FMI</translation>
    </message>
    <message>
        <source>an assumed nominal growth (no IMF WEO figures)</source>
        <translation>une croissance nominale supposée (pas de chiffres du WEO du FMI)</translation>
    </message>
    <message>
        <source>IMF WEO April 2024 consumer-price inflation</source>
        <translation>inflation des prix à la consommation, WEO du FMI, avril 2024</translation>
    </message>
    <message>
        <source>IMF WEO April 2024 real GDP growth less the projected growth of employment</source>
        <translation>croissance du PIB réel (WEO du FMI, avril 2024) moins la croissance projetée de l&apos;emploi</translation>
    </message>
    <message>
        <source>IMF WEO April 2024 unemployment rate</source>
        <translation>taux de chômage, WEO du FMI, avril 2024</translation>
    </message>
    <message>
        <source>assumption: a real return of {rate} on top of each year&apos;s inflation</source>
        <translation>hypothèse&#xa0;: un rendement réel de {rate} en sus de l&apos;inflation de chaque année</translation>
    </message>
    <message>
        <source>{source} to {last}; then a straight line to the long-run assumption {rate} in {year} (assumption)</source>
        <translation>{source} jusqu&apos;en {last}&#xa0;; puis une droite jusqu&apos;à l&apos;hypothèse de long terme de {rate} en {year} (hypothèse)</translation>
    </message>
    <message>
        <source>no IMF WEO series: the long-run assumption {rate} throughout (assumption)</source>
        <translation>pas de série du WEO du FMI&#xa0;: l&apos;hypothèse de long terme de {rate} sur toute la période (hypothèse)</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <source>cannot solve for lever {name} (choose one of: {levers})</source>
        <translation>impossible de résoudre pour le levier {name} (choisissez parmi&#xa0;: {levers})</translation>
    </message>
    <message>
        <source>{answer} {advice}</source>
        <translation>{answer} {advice}</translation>
    </message>
    <message>
        <source>the frontier needs two different levers, not {first} and {second}</source>
        <translation>la frontière demande deux leviers différents, et non {first} et {second}</translation>
    </message>
    <message>
        <source>the frontier needs a list of finite x values</source>
        <translation>la frontière demande une liste de valeurs x finies</translation>
    </message>
    <message>
        <source>{title} values must be whole numbers of years from {low} to {high}</source>
        <translation>les valeurs de «&#xa0;{title}&#xa0;» doivent être des nombres entiers d&apos;années de {low} à {high}</translation>
    </message>
    <message>
        <source>{title} values must be from {low} to {high}</source>
        <translation>les valeurs de «&#xa0;{title}&#xa0;» doivent aller de {low} à {high}</translation>
    </message>
    <message>
        <source>Even {lever} leaves {shortfall}.</source>
        <translation>Même {lever} laisse {shortfall}.</translation>
    </message>
    <message>
        <source>{goal} {range}.</source>
        <translation>{goal} {range}.</translation>
    </message>
    <message>
        <source>{goal} across the range searched: even {lever} (now {now}) meets the target.</source>
        <translation>{goal} sur toute la plage explorée&#xa0;: même {lever} (actuellement {now}) atteint l&apos;objectif.</translation>
    </message>
    <message>
        <source>Just met at the current {now}: {goal}; one step less would not do.</source>
        <translation>Atteint tout juste à la valeur actuelle de {now}&#xa0;: {goal}&#xa0;; un pas de moins ne suffirait pas.</translation>
    </message>
    <message>
        <source>at the current {now}</source>
        <translation>à la valeur actuelle de {now}</translation>
    </message>
    <message>
        <source>Already met {now}: {goal}. It would still be met with {lever}.</source>
        <translation>Déjà atteint {now}&#xa0;: {goal}. Il le serait encore avec {lever}.</translation>
    </message>
    <message>
        <source>{lever} (now {now}) is needed so that {goal}.</source>
        <translation>{lever} (actuellement {now}) est nécessaire pour atteindre l&apos;objectif&#xa0;: {goal}.</translation>
    </message>
    <message>
        <source>No reform acts before {first}, and the reserve is already below the floor in {base}: choose a lower floor.</source>
        <translation>Aucune réforme n&apos;agit avant {first}, et la réserve est déjà sous le plancher en {base}&#xa0;: choisissez un plancher plus bas.</translation>
    </message>
    <message>
        <source>No reform acts before {first}: choose a later year.</source>
        <translation>Aucune réforme n&apos;agit avant {first}&#xa0;: choisissez une année plus tardive.</translation>
    </message>
    <message>
        <source>a faster phase-in</source>
        <translation>une mise en œuvre progressive plus rapide</translation>
    </message>
    <message>
        <source>an earlier start than {year}</source>
        <translation>une entrée en vigueur antérieure à {year}</translation>
    </message>
    <message>
        <source>a shorter period ({target} holds)</source>
        <translation>une période plus courte ({target} est atteint)</translation>
    </message>
    <message>
        <source>a later year (the reform then has longer to work)</source>
        <translation>une année plus tardive (la réforme a alors plus de temps pour agir)</translation>
    </message>
    <message>
        <source>another lever</source>
        <translation>un autre levier</translation>
    </message>
    <message>
        <source>Try {options}, or two levers together (the frontier shows which pairs work).</source>
        <translation>Essayez {options}, ou deux leviers ensemble (la frontière montre quelles paires conviennent).</translation>
    </message>
    <message>
        <source>every check of {convention} is met</source>
        <translation>tous les contrôles de la {convention} sont respectés</translation>
    </message>
    <message>
        <source>every old-age check of {convention} is met</source>
        <translation>tous les contrôles de la partie vieillesse de la {convention} sont respectés</translation>
    </message>
    <message>
        <source>every invalidity check of {convention} is met</source>
        <translation>tous les contrôles de la partie invalidité de la {convention} sont respectés</translation>
    </message>
    <message>
        <source>every survivors check of {convention} is met</source>
        <translation>tous les contrôles de la partie survivants de la {convention} sont respectés</translation>
    </message>
    <message>
        <source>{first} or {then}</source>
        <translation>{first} ou {then}</translation>
    </message>
    <message>
        <source>unknown target &apos;{kind}&apos; (known: {known})</source>
        <translation>objectif inconnu «&#xa0;{kind}&#xa0;» (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <source>target threshold {threshold} must be a finite number</source>
        <translation>le seuil de l&apos;objectif, {threshold}, doit être un nombre fini</translation>
    </message>
    <message>
        <source>a standards target names {conventions}, not {unknown}</source>
        <translation>un objectif de normes désigne {conventions}, et non {unknown}</translation>
    </message>
    <message>
        <source>target year {year} is outside the projection years {first}..{last}</source>
        <translation>l&apos;année de l&apos;objectif, {year}, est hors des années de projection {first}..{last}</translation>
    </message>
    <message>
        <source>{first} and {then}</source>
        <translation>{first} et {then}</translation>
    </message>
    <message>
        <source>the reserve stays non-negative through {year}</source>
        <translation>la réserve reste positive ou nulle jusqu&apos;en {year}</translation>
    </message>
    <message>
        <source>the reserve stays at or above {floor} through {year}</source>
        <translation>la réserve reste supérieure ou égale à {floor} jusqu&apos;en {year}</translation>
    </message>
    <message>
        <source>the reserve ratio is at least {ratio} year of expenditure in {year}</source>
        <translation>le ratio de réserve atteint au moins {ratio} année de dépenses en {year}</translation>
    </message>
    <message>
        <source>the reserve ratio is at least {ratio} years of expenditure in {year}</source>
        <translation>le ratio de réserve atteint au moins {ratio} années de dépenses en {year}</translation>
    </message>
    <message>
        <source>contributions and the state subsidy cover expenditure and administration in {year}</source>
        <translation>les cotisations et la subvention de l&apos;État couvrent les dépenses et les frais d&apos;administration en {year}</translation>
    </message>
    <message>
        <source>the GAP is not above the contribution rate of {year}</source>
        <translation>la PMG ne dépasse pas le taux de cotisation de {year}</translation>
    </message>
    <message>
        <source>the replacement rate is at least {rate} in {year}</source>
        <translation>le taux de remplacement atteint au moins {rate} en {year}</translation>
    </message>
    <message>
        <source>a target must be a text such as {example}</source>
        <translation>un objectif doit être un texte tel que {example}</translation>
    </message>
    <message>
        <source>cannot read the target {target}: join at most one financial target and {conventions} with &apos;&amp;&apos;, as in {example}</source>
        <translation>impossible de lire l&apos;objectif {target}&#xa0;: joignez par «&#xa0;&amp;&#xa0;» un objectif financier au plus et {conventions}, comme dans {example}</translation>
    </message>
    <message>
        <source>target {target}: the reserve is an amount, not a percentage</source>
        <translation>objectif {target}&#xa0;: la réserve est un montant, non un pourcentage</translation>
    </message>
    <message>
        <source>cannot read the target {target}; write one of: {examples}</source>
        <translation>impossible de lire l&apos;objectif {target}&#xa0;; écrivez l&apos;une de ces expressions&#xa0;: {examples}</translation>
    </message>
    <message>
        <source>{convention} Article {article} not met from {year} ({title}: {value}, at least {required} required)</source>
        <translation>l&apos;article {article} de la {convention} non respecté à partir de {year} ({title}&#xa0;: {value}, au moins {required} requis)</translation>
    </message>
    <message>
        <source>{convention} Article {article} not met from {year} ({title}: {value}, at most {required} required)</source>
        <translation>l&apos;article {article} de la {convention} non respecté à partir de {year} ({title}&#xa0;: {value}, au plus {required} requis)</translation>
    </message>
    <message>
        <source>the reserve negative in {year}</source>
        <translation>la réserve négative en {year}</translation>
    </message>
    <message>
        <source>the reserve below {floor} in {year}</source>
        <translation>la réserve inférieure à {floor} en {year}</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>the GAP ({gap}) above the contribution rate of {year} ({rate})</source>
        <translation>la PMG ({gap}) au-dessus du taux de cotisation de {year} ({rate})</translation>
    </message>
    <message>
        <source>contributions and the state subsidy at {share} of expenditure and administration in {year}</source>
        <translation>les cotisations et la subvention de l&apos;État à {share} des dépenses et des frais d&apos;administration en {year}</translation>
    </message>
    <message>
        <source>the reserve ratio at {ratio} in {year} (target {target})</source>
        <translation>le ratio de réserve à {ratio} en {year} (objectif {target})</translation>
    </message>
    <message>
        <source>the replacement rate at {rate} in {year} (target {target})</source>
        <translation>le taux de remplacement à {rate} en {year} (objectif {target})</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} ans</translation>
    </message>
    <message>
        <source>a contribution rate of {value}</source>
        <translation>un taux de cotisation de {value}</translation>
    </message>
    <message>
        <source>a contribution rate as low as {value}</source>
        <translation>un taux de cotisation ramené à {value}</translation>
    </message>
    <message>
        <source>a contribution rate as high as {value}</source>
        <translation>un taux de cotisation porté à {value}</translation>
    </message>
    <message>
        <source>at any contribution rate from {low} to {high}</source>
        <translation>pour tout taux de cotisation de {low} à {high}</translation>
    </message>
    <message>
        <source>a contribution ceiling of {value}</source>
        <translation>un plafond de cotisation de {value}</translation>
    </message>
    <message>
        <source>a contribution ceiling as low as {value}</source>
        <translation>un plafond de cotisation ramené à {value}</translation>
    </message>
    <message>
        <source>a contribution ceiling as high as {value}</source>
        <translation>un plafond de cotisation porté à {value}</translation>
    </message>
    <message>
        <source>at any contribution ceiling from {low} to {high}</source>
        <translation>pour tout plafond de cotisation de {low} à {high}</translation>
    </message>
    <message>
        <source>a pensionable age for men of {value}</source>
        <translation>un âge d&apos;admission à la pension de {value} ans pour les hommes</translation>
    </message>
    <message>
        <source>a pensionable age for men as low as {value}</source>
        <translation>un âge d&apos;admission à la pension ramené à {value} ans pour les hommes</translation>
    </message>
    <message>
        <source>a pensionable age for men as high as {value}</source>
        <translation>un âge d&apos;admission à la pension porté à {value} ans pour les hommes</translation>
    </message>
    <message>
        <source>at any pensionable age for men from {low} to {high}</source>
        <translation>pour tout âge d&apos;admission à la pension des hommes de {low} à {high} ans</translation>
    </message>
    <message>
        <source>a pensionable age for women of {value}</source>
        <translation>un âge d&apos;admission à la pension de {value} ans pour les femmes</translation>
    </message>
    <message>
        <source>a pensionable age for women as low as {value}</source>
        <translation>un âge d&apos;admission à la pension ramené à {value} ans pour les femmes</translation>
    </message>
    <message>
        <source>a pensionable age for women as high as {value}</source>
        <translation>un âge d&apos;admission à la pension porté à {value} ans pour les femmes</translation>
    </message>
    <message>
        <source>at any pensionable age for women from {low} to {high}</source>
        <translation>pour tout âge d&apos;admission à la pension des femmes de {low} à {high} ans</translation>
    </message>
    <message>
        <source>a pensionable age of {value} for men and women</source>
        <translation>un âge d&apos;admission à la pension de {value} ans pour les hommes et les femmes</translation>
    </message>
    <message>
        <source>a pensionable age as low as {value} for men and women</source>
        <translation>un âge d&apos;admission à la pension ramené à {value} ans pour les hommes et les femmes</translation>
    </message>
    <message>
        <source>a pensionable age as high as {value} for men and women</source>
        <translation>un âge d&apos;admission à la pension porté à {value} ans pour les hommes et les femmes</translation>
    </message>
    <message>
        <source>at any pensionable age from {low} to {high} for men and women</source>
        <translation>pour tout âge d&apos;admission à la pension de {low} à {high} ans pour les hommes et les femmes</translation>
    </message>
    <message>
        <source>a qualifying period of {value}</source>
        <translation>un stage de {value}</translation>
    </message>
    <message>
        <source>a qualifying period as low as {value}</source>
        <translation>un stage ramené à {value}</translation>
    </message>
    <message>
        <source>a qualifying period as high as {value}</source>
        <translation>un stage porté à {value}</translation>
    </message>
    <message>
        <source>at any qualifying period from {low} to {high}</source>
        <translation>pour tout stage de {low} à {high}</translation>
    </message>
    <message>
        <source>an old-age grant of {value} of the reference wage per year of service</source>
        <translation>une allocation de vieillesse de {value} du salaire de référence par année de service</translation>
    </message>
    <message>
        <source>an old-age grant as low as {value} of the reference wage per year of service</source>
        <translation>une allocation de vieillesse ramenée à {value} du salaire de référence par année de service</translation>
    </message>
    <message>
        <source>an old-age grant as high as {value} of the reference wage per year of service</source>
        <translation>une allocation de vieillesse portée à {value} du salaire de référence par année de service</translation>
    </message>
    <message>
        <source>at any old-age grant from {low} to {high} of the reference wage per year of service</source>
        <translation>pour toute allocation de vieillesse de {low} à {high} du salaire de référence par année de service</translation>
    </message>
    <message>
        <source>an accrual rate of {value}</source>
        <translation>un taux d&apos;annuité de {value}</translation>
    </message>
    <message>
        <source>an accrual rate as low as {value}</source>
        <translation>un taux d&apos;annuité ramené à {value}</translation>
    </message>
    <message>
        <source>an accrual rate as high as {value}</source>
        <translation>un taux d&apos;annuité porté à {value}</translation>
    </message>
    <message>
        <source>at any accrual rate from {low} to {high}</source>
        <translation>pour tout taux d&apos;annuité de {low} à {high}</translation>
    </message>
    <message>
        <source>a wage share in indexation of {value}</source>
        <translation>une part des salaires dans l&apos;indexation de {value}</translation>
    </message>
    <message>
        <source>a wage share in indexation as low as {value}</source>
        <translation>une part des salaires dans l&apos;indexation ramenée à {value}</translation>
    </message>
    <message>
        <source>a wage share in indexation as high as {value}</source>
        <translation>une part des salaires dans l&apos;indexation portée à {value}</translation>
    </message>
    <message>
        <source>at any wage share in indexation from {low} to {high}</source>
        <translation>pour toute part des salaires dans l&apos;indexation de {low} à {high}</translation>
    </message>
    <message>
        <source>a coverage extension of {value} of the uncovered employed</source>
        <translation>une extension de la couverture à {value} des actifs occupés non couverts</translation>
    </message>
    <message>
        <source>a coverage extension as low as {value} of the uncovered employed</source>
        <translation>une extension de la couverture ramenée à {value} des actifs occupés non couverts</translation>
    </message>
    <message>
        <source>a coverage extension as high as {value} of the uncovered employed</source>
        <translation>une extension de la couverture portée à {value} des actifs occupés non couverts</translation>
    </message>
    <message>
        <source>at any coverage extension from {low} to {high} of the uncovered employed</source>
        <translation>pour toute extension de la couverture de {low} à {high} des actifs occupés non couverts</translation>
    </message>
    <message>
        <source>a minimum pension of {value} of the average wage</source>
        <translation>une pension minimale de {value} du salaire moyen</translation>
    </message>
    <message>
        <source>a minimum pension as low as {value} of the average wage</source>
        <translation>une pension minimale ramenée à {value} du salaire moyen</translation>
    </message>
    <message>
        <source>a minimum pension as high as {value} of the average wage</source>
        <translation>une pension minimale portée à {value} du salaire moyen</translation>
    </message>
    <message>
        <source>at any minimum pension from {low} to {high} of the average wage</source>
        <translation>pour toute pension minimale de {low} à {high} du salaire moyen</translation>
    </message>
    <message>
        <source>a survivor&apos;s pension of {value} of the deceased&apos;s pension</source>
        <translation>une pension de survivant de {value} de la pension du défunt</translation>
    </message>
    <message>
        <source>a survivor&apos;s pension as low as {value} of the deceased&apos;s pension</source>
        <translation>une pension de survivant ramenée à {value} de la pension du défunt</translation>
    </message>
    <message>
        <source>a survivor&apos;s pension as high as {value} of the deceased&apos;s pension</source>
        <translation>une pension de survivant portée à {value} de la pension du défunt</translation>
    </message>
    <message>
        <source>at any survivor&apos;s pension from {low} to {high} of the deceased&apos;s pension</source>
        <translation>pour toute pension de survivant de {low} à {high} de la pension du défunt</translation>
    </message>
    <message>
        <source>with no contribution ceiling, as now</source>
        <translation>sans plafond de cotisation, comme aujourd&apos;hui</translation>
    </message>
    <message>
        <source>a reform must be a JSON object with &apos;name&apos; and &apos;levers&apos;</source>
        <translation>une réforme doit être un objet JSON avec «&#xa0;name&#xa0;» et «&#xa0;levers&#xa0;»</translation>
    </message>
    <message>
        <source>unknown key {key} (allowed: name, description, levers, assumptions)</source>
        <translation>clé inconnue {key} (autorisées&#xa0;: name, description, levers, assumptions)</translation>
    </message>
    <message>
        <source>&apos;name&apos; must be a non-empty text</source>
        <translation>«&#xa0;name&#xa0;» doit être un texte non vide</translation>
    </message>
    <message>
        <source>&apos;description&apos; must be a text</source>
        <translation>«&#xa0;description&#xa0;» doit être un texte</translation>
    </message>
    <message>
        <source>&apos;levers&apos; must be an object of lever name to setting</source>
        <translation>«&#xa0;levers&#xa0;» doit être un objet qui associe à chaque nom de levier sa valeur</translation>
    </message>
    <message>
        <source>lever name {name} must be a text</source>
        <translation>le nom de levier {name} doit être un texte</translation>
    </message>
    <message>
        <source>{key} {year} must be after the base year {base}</source>
        <translation>{key} {year} doit être postérieur à l&apos;année de base {base}</translation>
    </message>
    <message>
        <source>full_by_year must not be before from_year</source>
        <translation>full_by_year ne doit pas précéder from_year</translation>
    </message>
    <message>
        <source>a step needs a {lever} in the baseline to start from</source>
        <translation>un pas («&#xa0;step&#xa0;») demande une valeur de départ de «&#xa0;{lever}&#xa0;» dans le scénario de référence</translation>
    </message>
    <message>
        <source>{sign}(a number of about {digits} digits)</source>
        <translation>{sign}(un nombre d&apos;environ {digits} chiffres)</translation>
    </message>
    <message>
        <source>{sign}(a number of {digits} digits)</source>
        <translation>{sign}(un nombre de {digits} chiffres)</translation>
    </message>
    <message>
        <source>(minus a number of {digits} digits)</source>
        <translation>(moins un nombre de {digits} chiffres)</translation>
    </message>
    <message>
        <source>(a number of {digits} digits)</source>
        <translation>(un nombre de {digits} chiffres)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>the {label} {text} holds a broken character (a lone UTF-16 surrogate), U+{code}, which is not printable text: retype it</source>
        <translation>le champ «&#xa0;{label}&#xa0;» {text} contient un caractère endommagé (un demi-code de substitution UTF-16 isolé), U+{code}, qui n&apos;est pas du texte imprimable&#xa0;: saisissez-le de nouveau</translation>
    </message>
    <message>
        <source>the {label} {text} holds a control code, U+{code}, which is not printable text: retype it</source>
        <translation>le champ «&#xa0;{label}&#xa0;» {text} contient un caractère de contrôle, U+{code}, qui n&apos;est pas du texte imprimable&#xa0;: saisissez-le de nouveau</translation>
    </message>
    <message>
        <source>the {label} is {length} characters long; at most {limit} are allowed</source>
        <translation>le champ «&#xa0;{label}&#xa0;» compte {length} caractères&#xa0;; {limit} au plus sont autorisés</translation>
    </message>
    <message>
        <source>unknown lever (known: {levers})</source>
        <translation>levier inconnu (connus&#xa0;: {levers})</translation>
    </message>
    <message>
        <source>unknown field {key} (allowed: {fields})</source>
        <translation>champ inconnu {key} (autorisés&#xa0;: {fields})</translation>
    </message>
    <message>
        <source>a &apos;value&apos; is required</source>
        <translation>le champ «&#xa0;value&#xa0;» est requis</translation>
    </message>
    <message>
        <source>value {value} must be a fraction between 0 and 1 (percentages are written as fractions: 0.15 for 15 %)</source>
        <translation>la valeur {value} doit être une fraction comprise entre 0 et 1 (les pourcentages s&apos;écrivent en fractions&#xa0;: 0.15 pour 15&#xa0;%)</translation>
    </message>
    <message>
        <source>value {value} must be a fraction between 0 and 1</source>
        <translation>la valeur {value} doit être une fraction comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>value {value} must be a number above {low} and at most {high} ({unit})</source>
        <translation>la valeur {value} doit être un nombre supérieur à {low} et au plus égal à {high} ({unit})</translation>
    </message>
    <message>
        <source>value {value} must be a whole number of years</source>
        <translation>la valeur {value} doit être un nombre entier d&apos;années</translation>
    </message>
    <message>
        <source>{lever} {value} is outside {low}..{high} years</source>
        <translation>«&#xa0;{lever}&#xa0;»&#xa0;: {value} est hors de l&apos;intervalle de {low} à {high} ans</translation>
    </message>
    <message>
        <source>value {value} must be one of {choices}</source>
        <translation>la valeur {value} doit être l&apos;une de celles-ci&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>step {step} must be a number above 0</source>
        <translation>le pas («&#xa0;step&#xa0;») {step} doit être un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>step {step} (the change per year) must be above 0 and at most {widest}, the lever&apos;s whole range; leave &apos;step&apos; out to change at once</source>
        <translation>le pas («&#xa0;step&#xa0;») {step} (la variation par an) doit être supérieur à 0 et au plus égal à {widest}, toute l&apos;étendue du levier&#xa0;; omettez «&#xa0;step&#xa0;» pour un changement immédiat</translation>
    </message>
    <message>
        <source>years_per_step {value} must be a whole number from {low} to {high} (years between one-year steps)</source>
        <translation>years_per_step {value} doit être un nombre entier de {low} à {high} (années entre deux pas d&apos;un an)</translation>
    </message>
    <message>
        <source>{key} {value} must be a calendar year ({first}..{last})</source>
        <translation>{key} {value} doit être une année civile ({first}..{last})</translation>
    </message>
    <message>
        <source>must be an object with enabled, age, level_to_gdp_per_capita, ...</source>
        <translation>doit être un objet avec enabled, age, level_to_gdp_per_capita, ...</translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false</source>
        <translation>«&#xa0;enabled&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>age {value} must be a whole number from 0 to 100</source>
        <translation>l&apos;âge {value} doit être un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <source>{key} {value} must be a fraction between 0 and 1</source>
        <translation>{key} {value} doit être une fraction comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>targeting {value} must be one of {choices}</source>
        <translation>targeting {value} doit être l&apos;une de celles-ci&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>&apos;assumptions&apos; must be an object of assumption name to setting</source>
        <translation>«&#xa0;assumptions&#xa0;» doit être un objet qui associe à chaque nom d&apos;hypothèse sa valeur</translation>
    </message>
    <message>
        <source>unknown assumption {name} (known: {known})</source>
        <translation>hypothèse inconnue {name} (connues&#xa0;: {known})</translation>
    </message>
    <message>
        <source>assumption &apos;{name}&apos; must be {{&quot;{key}&quot;: number}}</source>
        <translation>l&apos;hypothèse «&#xa0;{name}&#xa0;» doit être {{&quot;{key}&quot;: nombre}}</translation>
    </message>
    <message>
        <source>assumption &apos;{name}&apos;: {key} must be a number from {low} to {high}, not {value}</source>
        <translation>hypothèse «&#xa0;{name}&#xa0;»&#xa0;: {key} doit être un nombre de {low} à {high}, et non {value}</translation>
    </message>
    <message>
        <source>assumption &apos;{name}&apos;: the shift {shift} takes the {label} to {value} in {year}, outside what the model can use (0 to below 1)</source>
        <translation>hypothèse «&#xa0;{name}&#xa0;»&#xa0;: la variation de {shift} porte «&#xa0;{label}&#xa0;» à {value} en {year}, hors de ce que le modèle peut utiliser (de 0 à moins de 1)</translation>
    </message>
    <message>
        <source>assumption &apos;{name}&apos;: the shift {shift} takes the {label} to {value} in {year}, outside what the model can use (above -1)</source>
        <translation>hypothèse «&#xa0;{name}&#xa0;»&#xa0;: la variation de {shift} porte «&#xa0;{label}&#xa0;» à {value} en {year}, hors de ce que le modèle peut utiliser (au-dessus de -1)</translation>
    </message>
    <message>
        <source>Every base-year qx of men is 1: all of them die within the year.</source>
        <translation>Tous les qx de l&apos;année de base des hommes valent 1&#xa0;: tous meurent dans l&apos;année.</translation>
    </message>
    <message>
        <source>Every base-year qx of women is 1: all of them die within the year.</source>
        <translation>Tous les qx de l&apos;année de base des femmes valent 1&#xa0;: toutes meurent dans l&apos;année.</translation>
    </message>
    <message>
        <source>Mortality of men worsens by up to {rate} a year after the last mortality anchor: check the improvement rates.</source>
        <translation>La mortalité des hommes s&apos;aggrave jusqu&apos;à {rate} par an après la dernière année d&apos;ancrage de la mortalité&#xa0;: vérifiez les taux d&apos;amélioration de la mortalité.</translation>
    </message>
    <message>
        <source>Mortality of women worsens by up to {rate} a year after the last mortality anchor: check the improvement rates.</source>
        <translation>La mortalité des femmes s&apos;aggrave jusqu&apos;à {rate} par an après la dernière année d&apos;ancrage de la mortalité&#xa0;: vérifiez les taux d&apos;amélioration de la mortalité.</translation>
    </message>
    <message>
        <source>Base-year contributors plus old-age and disability pensioners exceed the population of men at age {ages}.</source>
        <translation>Les cotisants de l&apos;année de base, ajoutés aux pensionnés de vieillesse et d&apos;invalidité, dépassent la population des hommes à l&apos;âge de {ages}.</translation>
    </message>
    <message>
        <source>Base-year contributors plus old-age and disability pensioners exceed the population of men at ages {ages}.</source>
        <translation>Les cotisants de l&apos;année de base, ajoutés aux pensionnés de vieillesse et d&apos;invalidité, dépassent la population des hommes aux âges de {ages}.</translation>
    </message>
    <message>
        <source>Base-year contributors plus old-age and disability pensioners exceed the population of women at age {ages}.</source>
        <translation>Les cotisants de l&apos;année de base, ajoutés aux pensionnés de vieillesse et d&apos;invalidité, dépassent la population des femmes à l&apos;âge de {ages}.</translation>
    </message>
    <message>
        <source>Base-year contributors plus old-age and disability pensioners exceed the population of women at ages {ages}.</source>
        <translation>Les cotisants de l&apos;année de base, ajoutés aux pensionnés de vieillesse et d&apos;invalidité, dépassent la population des femmes aux âges de {ages}.</translation>
    </message>
    <message>
        <source>The base-year insured wages ({insured}) exceed GDP ({gdp}): are GDP and the wages in the same currency unit (not thousands or millions)?</source>
        <translation>Les salaires assurables de l&apos;année de base ({insured}) dépassent le PIB ({gdp})&#xa0;: le PIB et les salaires sont-ils exprimés dans la même unité monétaire (et non en milliers ou en millions)&#xa0;?</translation>
    </message>
    <message>
        <source>{ages} and {count} more</source>
        <translation>{ages} et {count} autres</translation>
    </message>
    <message>
        <source>in &apos;{scenario}&apos; the projection overflows: {quantity} is not a finite number from {year}. The inputs that feed it are {inputs}: one of them is far outside what a real scheme has.</source>
        <translation>dans «&#xa0;{scenario}&#xa0;», la projection déborde&#xa0;: {quantity} n&apos;est plus un nombre fini à partir de {year}. Les données qui l&apos;alimentent sont {inputs}&#xa0;: l&apos;une d&apos;elles est très éloignée de ce qu&apos;a un régime réel.</translation>
    </message>
    <message>
        <source>in &apos;{scenario}&apos; the general average premium is infinite: check initial_reserve and investment_return.</source>
        <translation>dans «&#xa0;{scenario}&#xa0;», la prime moyenne générale est infinie&#xa0;: vérifiez initial_reserve et investment_return.</translation>
    </message>
    <message>
        <source>{fields} required: the baseline has no basic pension to take them from</source>
        <translation>{fields} requis&#xa0;: le scénario de référence n&apos;a pas de pension de base où les prendre</translation>
    </message>
    <message>
        <source>in &apos;{reform}&apos; the reference period of {period} years is longer than the pensionable age minus 15 in {year}</source>
        <translation>dans «&#xa0;{reform}&#xa0;», la période de référence de {period} ans dépasse l&apos;âge d&apos;admission à la pension moins 15 en {year}</translation>
    </message>
    <message>
        <source>a sensitivity file must be {{&quot;tests&quot;: [{{&quot;assumption&quot;: ..., &quot;low&quot;: ..., &quot;high&quot;: ...}}, ...]}} with at least one test</source>
        <translation>un fichier de sensibilité doit être {{&quot;tests&quot;: [{{&quot;assumption&quot;: ..., &quot;low&quot;: ..., &quot;high&quot;: ...}}, ...]}} avec au moins un test</translation>
    </message>
    <message>
        <source>test {number} must be {{&quot;assumption&quot;: one of {names}, &quot;low&quot;: number, &quot;high&quot;: number}}</source>
        <translation>le test {number} doit être {{&quot;assumption&quot;: l&apos;une de {names}, &quot;low&quot;: nombre, &quot;high&quot;: nombre}}</translation>
    </message>
    <message>
        <source>test {number} ({side}): {problem}</source>
        <translation>test {number} ({side})&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the SensitivityTests sheet leaves no test: every setting changes nothing</source>
        <translation>la feuille SensitivityTests ne laisse aucun test&#xa0;: aucun réglage ne change quoi que ce soit</translation>
    </message>
    <message>
        <source>the standard deviation of {rate} must be from 0 to 0.5</source>
        <translation>l&apos;écart type de {rate} doit être compris entre 0 et 0,5</translation>
    </message>
    <message>
        <source>the autocorrelation of {rate} must be from -0.99 to 0.99</source>
        <translation>l&apos;autocorrélation de {rate} doit être comprise entre -0,99 et 0,99</translation>
    </message>
    <message>
        <source>the correlations of the shocks are not a possible correlation matrix (e.g. two rates strongly correlated with a third but not with each other)</source>
        <translation>les corrélations des chocs ne forment pas une matrice de corrélation possible (p. ex. deux taux fortement corrélés à un troisième mais pas entre eux)</translation>
    </message>
    <message>
        <source>the number of paths must be from 1 to {most}, not {paths}</source>
        <translation>le nombre de trajectoires doit être compris entre 1 et {most}, et non {paths}</translation>
    </message>
    <message>
        <source>Net emigration exceeded the population of some ages in {years}; those counts were set to 0.</source>
        <translation>L&apos;émigration nette a dépassé la population de certains âges en {years}&#xa0;; ces effectifs ont été ramenés à 0.</translation>
    </message>
    <message>
        <source>{years} and {count} more years</source>
        <translation>{years} et {count} autres années</translation>
    </message>
    <message>
        <source>{count} base-year contributors above employment or at or above the pensionable age were dropped.</source>
        <translation>{count} cotisants de l&apos;année de base, en excédent par rapport à l&apos;emploi ou ayant atteint l&apos;âge d&apos;admission à la pension, ont été écartés.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
</context>
<context>
    <name>export_assumptions</name>
    <message>
        <source>Labels</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Demography</source>
        <translation>Démographie</translation>
    </message>
    <message>
        <source>Members within a cohort</source>
        <translation>Assurés au sein d&apos;une génération</translation>
    </message>
    <message>
        <source>Qualifying conditions</source>
        <translation>Conditions d&apos;ouverture du droit</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Survivants</translation>
    </message>
    <message>
        <source>Funeral grant</source>
        <translation>Frais funéraires</translation>
    </message>
    <message>
        <source>Scheme rules</source>
        <translation>Règles du régime</translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation>Pension de base</translation>
    </message>
    <message>
        <source>Schedule (legislated)</source>
        <translation>Calendrier (prévu par la loi)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Invalidité</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>years</source>
        <translation>années</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% par an</translation>
    </message>
    <message>
        <source>% a year (nominal)</source>
        <translation>% par an (nominal)</translation>
    </message>
    <message>
        <source>% of labour force</source>
        <translation>% de la population active</translation>
    </message>
    <message>
        <source>children per woman</source>
        <translation>enfants par femme</translation>
    </message>
    <message>
        <source>males per female birth</source>
        <translation>naissances masculines par naissance féminine</translation>
    </message>
    <message>
        <source>persons a year</source>
        <translation>personnes par an</translation>
    </message>
    <message>
        <source>sd of log wages</source>
        <translation>écart type du logarithme des salaires</translation>
    </message>
    <message>
        <source>spread of service, 0..1</source>
        <translation>dispersion des années de service, 0..1</translation>
    </message>
    <message>
        <source>× average wage a death</source>
        <translation>× salaire moyen par décès</translation>
    </message>
    <message>
        <source>mortality anchor years (MortalityByYear)</source>
        <translation>années de référence de la mortalité (MortalityByYear)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non fixé</translation>
    </message>
    <message>
        <source>disability pensions</source>
        <translation>pensions d&apos;invalidité</translation>
    </message>
    <message>
        <source>none (no incidence and no disability pensioners)</source>
        <translation>néant (ni incidence ni pensionnés d&apos;invalidité)</translation>
    </message>
    <message>
        <source>% of the years to the pensionable age</source>
        <translation>% des années restant jusqu&apos;à l&apos;âge d&apos;admission à la pension</translation>
    </message>
    <message>
        <source>× general mortality</source>
        <translation>× mortalité générale</translation>
    </message>
    <message>
        <source>% of contributors a year</source>
        <translation>% des cotisants par an</translation>
    </message>
    <message>
        <source>% of deaths</source>
        <translation>% des décès</translation>
    </message>
    <message>
        <source>orphans a death</source>
        <translation>orphelins par décès</translation>
    </message>
    <message>
        <source>years at the death</source>
        <translation>ans au décès</translation>
    </message>
    <message>
        <source>survivors&apos; pensions</source>
        <translation>pensions de survivants</translation>
    </message>
    <message>
        <source>none (no Survivors table and no survivors in payment)</source>
        <translation>néant (ni table Survivors ni survivants en cours de service)</translation>
    </message>
    <message>
        <source>years of age</source>
        <translation>ans (âge)</translation>
    </message>
    <message>
        <source>years, husband minus wife</source>
        <translation>ans, âge du mari moins celui de l&apos;épouse</translation>
    </message>
    <message>
        <source>ages {first}–{last}, highest {value} at {age}</source>
        <translation>âges {first} à {last}, maximum {value} à {age} ans</translation>
    </message>
    <message>
        <source>persons in the base year</source>
        <translation>personnes (année de base)</translation>
    </message>
    <message>
        <source>none paid</source>
        <translation>aucune pension servie</translation>
    </message>
    <message>
        <source>{currency} a year, average</source>
        <translation>{currency} par an, en moyenne</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>monnaie</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the values of a path</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>linear between listed years</source>
        <translation>linéaire entre les années indiquées</translation>
    </message>
    <message>
        <source>linear between the source&apos;s years</source>
        <translation>linéaire entre les années du classeur source</translation>
    </message>
    <message>
        <source>by age (Mortality sheet)</source>
        <translation>par âge (feuille Mortality)</translation>
    </message>
    <message>
        <source>holds until the next row</source>
        <translation>s&apos;applique jusqu&apos;à la ligne suivante</translation>
    </message>
    <message>
        <source>Reform: {name}</source>
        <translation>Réforme&#xa0;: {name}</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>levers</source>
        <translation>leviers</translation>
    </message>
    <message>
        <source>none (the workbook as read)</source>
        <translation>aucun (le classeur tel qu&apos;il a été lu)</translation>
    </message>
    <message>
        <source>by {step} {unit} a year</source>
        <translation>de {step} {unit} par an</translation>
    </message>
    <message>
        <source>by {step} pp a year</source>
        <translation>de {step} pt par an</translation>
    </message>
    <message>
        <source>by 1 year every year</source>
        <translation>d&apos;un an chaque année</translation>
    </message>
    <message>
        <source>by 1 year every {count} years</source>
        <translation>d&apos;un an tous les {count} ans</translation>
    </message>
    <message>
        <source>linearly, in full by {year}</source>
        <translation>linéairement, en totalité en {year}</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>immédiatement</translation>
    </message>
    <message>
        <source>model version</source>
        <translation>version du modèle actuariel</translation>
    </message>
    <message>
        <source>template version</source>
        <translation>version du modèle de classeur</translation>
    </message>
    <message>
        <source>application version</source>
        <translation>version de l&apos;application</translation>
    </message>
    <message>
        <source>source workbook</source>
        <translation>classeur source</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>{pairs}; {count} years in all in the source workbook</source>
        <translation>{pairs}&#xa0;; au total {count} années dans le classeur source</translation>
    </message>
    <message>
        <source>source workbook SHA-256</source>
        <translation>SHA-256 du classeur source</translation>
    </message>
    <message>
        <source>exported at</source>
        <translation>exporté le</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <source>Phase-in</source>
        <translation>Mise en œuvre progressive</translation>
    </message>
    <message>
        <source>Assumptions: every input behind these results</source>
        <translation>Hypothèses&#xa0;: toutes les données à l&apos;origine de ces résultats</translation>
    </message>
    <message>
        <source>Age tables (population, mortality, fertility, labour force, contributors, pensioners, migration, disability, survivors) are in the source workbook identified below; the disability and survivors&apos; tables are summarised here.</source>
        <translation>Les tables par âge (population, mortalité, fécondité, population active, cotisants, pensionnés, migrations, invalidité, survivants) se trouvent dans le classeur source identifié ci-dessous&#xa0;; les tables d&apos;invalidité et de survivants sont résumées ici.</translation>
    </message>
</context>
<context>
    <name>export_branches</name>
    <message>
        <source>Basic pension cost (% of GDP)</source>
        <translation>Coût de la pension de base (% du PIB)</translation>
    </message>
    <message>
        <source>Reserve at year end (% of GDP)</source>
        <translation>Réserve en fin d&apos;année (% du PIB)</translation>
    </message>
    <message>
        <source>{label} (% of GDP)</source>
        <translation>{label} (% du PIB)</translation>
    </message>
    <message>
        <source>All benefits (% of GDP)</source>
        <translation>Toutes prestations (% du PIB)</translation>
    </message>
    <message>
        <source>Shares of GDP: benefit expenditure by branch, the basic pension and the reserve</source>
        <translation>Parts du PIB&#xa0;: dépenses de prestations par branche, pension de base et réserve</translation>
    </message>
    <message>
        <source>Old-age, disability and survivors&apos; (spouses&apos; and orphans&apos;) pensions, and lump sums (old-age and funeral grants); together they are the scheme&apos;s benefit expenditure. The basic pension is paid by the state budget, outside the scheme.</source>
        <translation>Pensions de vieillesse, d&apos;invalidité et de survivants (conjoints survivants et orphelins), et versements en capital (allocations de vieillesse et frais funéraires)&#xa0;; ensemble, ils forment les dépenses de prestations du régime. La pension de base est à la charge du budget de l&apos;État, hors du régime.</translation>
    </message>
</context>
<context>
    <name>export_charts</name>
    <message>
        <source>Reserve at year end, % of GDP</source>
        <translation>Réserve en fin d&apos;année,&#xa0;% du PIB</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <source>PAYG cost rate and contribution rate (dashed)</source>
        <translation>Taux de coût par répartition et taux de cotisation (tirets)</translation>
    </message>
    <message>
        <source>% of insurable wages</source>
        <translation>% des salaires assurables</translation>
    </message>
    <message>
        <source>Benefit expenditure, all branches, % of GDP</source>
        <translation>Dépenses de prestations, toutes branches,&#xa0;% du PIB</translation>
    </message>
    <message>
        <source>Replacement rate: average pension over average wage</source>
        <translation>Taux de remplacement&#xa0;: pension moyenne rapportée au salaire moyen</translation>
    </message>
    <message>
        <source>% of the average wage</source>
        <translation>% du salaire moyen</translation>
    </message>
    <message>
        <source>Benefit expenditure and the basic pension&apos;s cost (dashed), % of GDP</source>
        <translation>Dépenses de prestations et coût de la pension de base (tirets),&#xa0;% du PIB</translation>
    </message>
    <message>
        <source>Baseline and reforms (data: the scenario sheets and the &apos;{sheet}&apos; sheet)</source>
        <translation>Scénario de référence et réformes (données&#xa0;: les feuilles de scénario et la feuille «&#xa0;{sheet}&#xa0;»)</translation>
    </message>
    <message>
        <source>Benefit expenditure by branch, % of GDP (data: the &apos;{sheet}&apos; sheet and the table below)</source>
        <translation>Dépenses de prestations par branche,&#xa0;% du PIB (données&#xa0;: la feuille «&#xa0;{sheet}&#xa0;» et le tableau ci-dessous)</translation>
    </message>
    <message>
        <source>{year}, % of GDP</source>
        <translation>{year},&#xa0;% du PIB</translation>
    </message>
    <message>
        <source>{scenario}: by branch</source>
        <translation>{scenario}&#xa0;: par branche</translation>
    </message>
    <message>
        <source>Every scenario in {year}</source>
        <translation>Tous les scénarios en {year}</translation>
    </message>
</context>
<context>
    <name>export_costing</name>
    <message>
        <source>Costing</source>
        <translation>Chiffrage</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Benefit a year</source>
        <translation>Prestation annuelle</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Cost % of GDP</source>
        <translation>Coût, % du PIB</translation>
    </message>
    <message>
        <source>Cost % of government expenditure</source>
        <translation>Coût, % des dépenses publiques</translation>
    </message>
    <message>
        <source>Cost, local currency</source>
        <translation>Coût, monnaie nationale</translation>
    </message>
    <message>
        <source>Notes and sources</source>
        <translation>Notes et sources</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Cost % of GDP in {year}</source>
        <translation>Coût, % du PIB en {year}</translation>
    </message>
    <message>
        <source>Cost of a basic pension in {year}, countries ranked by cost as % of GDP</source>
        <translation>Coût d&apos;une pension de base en {year}, pays classés selon le coût en % du PIB</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>local currency</source>
        <translation>monnaie nationale</translation>
    </message>
    <message>
        <source>Cost as % of GDP, {year}</source>
        <translation>Coût en % du PIB, {year}</translation>
    </message>
    <message>
        <source>{title}, by year</source>
        <translation>{title}, par année</translation>
    </message>
    <message>
        <source>What each country&apos;s figures assume (docs/methodology.md explains the method)</source>
        <translation>Hypothèses retenues pour chaque pays (la méthode est exposée dans docs/methodology.md)</translation>
    </message>
</context>
<context>
    <name>export_format</name>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Shares of GDP</source>
        <translation>Parts du PIB</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>monnaie</translation>
    </message>
    <message>
        <source>thousand {currency}</source>
        <translation>milliers de {currency}</translation>
    </message>
    <message>
        <source>million {currency}</source>
        <translation>millions de {currency}</translation>
    </message>
    <message>
        <source>billion {currency}</source>
        <translation>milliards de {currency}</translation>
    </message>
    <message>
        <source>trillion {currency}</source>
        <translation>milliers de milliards de {currency}</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Residents at 1 January.</source>
        <translation>Résidents au 1er janvier.</translation>
    </message>
    <message>
        <source>Population aged 65+</source>
        <translation>Population de 65 ans et plus</translation>
    </message>
    <message>
        <source>Residents aged 65 and over.</source>
        <translation>Résidents âgés de 65 ans et plus.</translation>
    </message>
    <message>
        <source>Old-age dependency ratio</source>
        <translation>Rapport de dépendance des personnes âgées</translation>
    </message>
    <message>
        <source>Population aged 65+ over population aged 15 to 64.</source>
        <translation>Population de 65 ans et plus rapportée à la population de 15 à 64 ans.</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Actifs occupés</translation>
    </message>
    <message>
        <source>Labour force less the unemployed.</source>
        <translation>Population active, chômeurs déduits.</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Cotisants</translation>
    </message>
    <message>
        <source>Active members paying contributions.</source>
        <translation>Assurés actifs qui versent des cotisations.</translation>
    </message>
    <message>
        <source>Pensioners, all branches</source>
        <translation>Pensionnés, toutes branches</translation>
    </message>
    <message>
        <source>Old-age, disability, spouse and orphan pensioners in payment.</source>
        <translation>Titulaires de pensions de vieillesse, d&apos;invalidité, de conjoint survivant et d&apos;orphelin en cours de service.</translation>
    </message>
    <message>
        <source>New old-age pensioners</source>
        <translation>Nouveaux pensionnés de vieillesse</translation>
    </message>
    <message>
        <source>Old-age pensions awarded in the year to members who qualify.</source>
        <translation>Pensions de vieillesse attribuées dans l&apos;année aux assurés qui remplissent les conditions.</translation>
    </message>
    <message>
        <source>System dependency ratio</source>
        <translation>Rapport de dépendance du système</translation>
    </message>
    <message>
        <source>Pensioners (all branches) over contributors.</source>
        <translation>Pensionnés (toutes branches) rapportés aux cotisants.</translation>
    </message>
    <message>
        <source>Average wage</source>
        <translation>Salaire moyen</translation>
    </message>
    <message>
        <source>Average gross wage of contributors.</source>
        <translation>Salaire brut moyen des cotisants.</translation>
    </message>
    <message>
        <source>Insurable wage bill</source>
        <translation>Masse salariale assurable</translation>
    </message>
    <message>
        <source>Wages contributions are paid on (below the ceiling, times density).</source>
        <translation>Salaires soumis à cotisation (sous le plafond, multipliés par la densité de cotisation).</translation>
    </message>
    <message>
        <source>Average old-age pension</source>
        <translation>Pension de vieillesse moyenne</translation>
    </message>
    <message>
        <source>Old-age pension expenditure over old-age pensioners.</source>
        <translation>Dépenses de pensions de vieillesse rapportées au nombre de pensionnés de vieillesse.</translation>
    </message>
    <message>
        <source>Replacement rate</source>
        <translation>Taux de remplacement</translation>
    </message>
    <message>
        <source>Average old-age pension over the average wage.</source>
        <translation>Pension de vieillesse moyenne rapportée au salaire moyen.</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Taux de cotisation</translation>
    </message>
    <message>
        <source>Share of the insurable wage paid in.</source>
        <translation>Part du salaire assurable versée en cotisations.</translation>
    </message>
    <message>
        <source>Pensionable age, men</source>
        <translation>Âge d&apos;admission à la pension, hommes</translation>
    </message>
    <message>
        <source>Age of award of old-age pensions.</source>
        <translation>Âge d&apos;attribution des pensions de vieillesse.</translation>
    </message>
    <message>
        <source>Pensionable age, women</source>
        <translation>Âge d&apos;admission à la pension, femmes</translation>
    </message>
    <message>
        <source>Contribution income</source>
        <translation>Recettes de cotisations</translation>
    </message>
    <message>
        <source>Contribution rate times the wage bill.</source>
        <translation>Taux de cotisation multiplié par la masse salariale.</translation>
    </message>
    <message>
        <source>Benefit expenditure</source>
        <translation>Dépenses de prestations</translation>
    </message>
    <message>
        <source>Old-age, disability and survivors&apos; pensions and lump sums paid.</source>
        <translation>Pensions de vieillesse, d&apos;invalidité et de survivants et versements en capital payés.</translation>
    </message>
    <message>
        <source>Administrative expenses</source>
        <translation>Frais d&apos;administration</translation>
    </message>
    <message>
        <source>Cost of running the scheme.</source>
        <translation>Coût de gestion du régime.</translation>
    </message>
    <message>
        <source>State subsidy</source>
        <translation>Subvention de l&apos;État</translation>
    </message>
    <message>
        <source>Transfer from the state budget.</source>
        <translation>Transfert du budget de l&apos;État.</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Revenus de placement</translation>
    </message>
    <message>
        <source>Return on the reserve.</source>
        <translation>Rendement de la réserve.</translation>
    </message>
    <message>
        <source>Reserve at year end</source>
        <translation>Réserve en fin d&apos;année</translation>
    </message>
    <message>
        <source>Fund at 31 December; negative once exhausted.</source>
        <translation>Fonds au 31 décembre&#xa0;; négatif une fois épuisé.</translation>
    </message>
    <message>
        <source>PAYG cost rate</source>
        <translation>Taux de coût par répartition</translation>
    </message>
    <message>
        <source>Benefit and administrative expenditure over the insurable wage bill.</source>
        <translation>Dépenses de prestations et d&apos;administration rapportées à la masse salariale assurable.</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Ratio de réserve</translation>
    </message>
    <message>
        <source>Reserve over the year&apos;s benefit and administrative expenditure.</source>
        <translation>Réserve rapportée aux dépenses de prestations et d&apos;administration de l&apos;année.</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>PIB</translation>
    </message>
    <message>
        <source>Gross domestic product, nominal.</source>
        <translation>Produit intérieur brut, nominal.</translation>
    </message>
    <message>
        <source>Benefit expenditure to GDP</source>
        <translation>Dépenses de prestations rapportées au PIB</translation>
    </message>
    <message>
        <source>Scheme benefit expenditure over GDP (the basic pension apart).</source>
        <translation>Dépenses de prestations du régime rapportées au PIB (hors pension de base).</translation>
    </message>
    <message>
        <source>Basic pension beneficiaries</source>
        <translation>Bénéficiaires de la pension de base</translation>
    </message>
    <message>
        <source>People paid the non-contributory basic pension.</source>
        <translation>Personnes qui perçoivent la pension de base non contributive.</translation>
    </message>
    <message>
        <source>Basic pension cost</source>
        <translation>Coût de la pension de base</translation>
    </message>
    <message>
        <source>Benefits and delivery cost, paid by the state budget.</source>
        <translation>Prestations et coût de gestion, à la charge du budget de l&apos;État.</translation>
    </message>
    <message>
        <source>Basic pension cost to GDP</source>
        <translation>Coût de la pension de base rapporté au PIB</translation>
    </message>
    <message>
        <source>Basic pension cost over GDP.</source>
        <translation>Coût de la pension de base rapporté au PIB.</translation>
    </message>
    <message>
        <source>Old-age pensioners</source>
        <translation>Pensionnés de vieillesse</translation>
    </message>
    <message>
        <source>Old-age pensioners in payment.</source>
        <translation>Pensionnés de vieillesse en cours de service.</translation>
    </message>
    <message>
        <source>Old-age pension expenditure</source>
        <translation>Dépenses de pensions de vieillesse</translation>
    </message>
    <message>
        <source>Old-age pensions paid, without old-age grants.</source>
        <translation>Pensions de vieillesse payées, hors allocations de vieillesse.</translation>
    </message>
    <message>
        <source>Disability pensioners</source>
        <translation>Pensionnés d&apos;invalidité</translation>
    </message>
    <message>
        <source>Disability pensioners in payment.</source>
        <translation>Pensionnés d&apos;invalidité en cours de service.</translation>
    </message>
    <message>
        <source>New disability pensioners</source>
        <translation>Nouveaux pensionnés d&apos;invalidité</translation>
    </message>
    <message>
        <source>Disability pensions awarded in the year.</source>
        <translation>Pensions d&apos;invalidité attribuées dans l&apos;année.</translation>
    </message>
    <message>
        <source>Disability pension expenditure</source>
        <translation>Dépenses de pensions d&apos;invalidité</translation>
    </message>
    <message>
        <source>Disability pensions paid.</source>
        <translation>Pensions d&apos;invalidité payées.</translation>
    </message>
    <message>
        <source>Spouse pensioners</source>
        <translation>Conjoints survivants pensionnés</translation>
    </message>
    <message>
        <source>Widows and widowers paid a survivor&apos;s pension.</source>
        <translation>Veuves et veufs qui perçoivent une pension de survivant.</translation>
    </message>
    <message>
        <source>Orphan pensioners</source>
        <translation>Orphelins pensionnés</translation>
    </message>
    <message>
        <source>Orphans paid a pension.</source>
        <translation>Orphelins qui perçoivent une pension.</translation>
    </message>
    <message>
        <source>Survivors&apos; pension expenditure</source>
        <translation>Dépenses de pensions de survivants</translation>
    </message>
    <message>
        <source>Spouse and orphan pensions paid.</source>
        <translation>Pensions de conjoint survivant et d&apos;orphelin payées.</translation>
    </message>
    <message>
        <source>Lump sums</source>
        <translation>Versements en capital</translation>
    </message>
    <message>
        <source>Old-age grants to members short of the qualifying period, and funeral grants.</source>
        <translation>Allocations de vieillesse aux assurés qui n&apos;ont pas accompli le stage, et frais funéraires.</translation>
    </message>
    <message>
        <source>Share qualifying for a pension</source>
        <translation>Part remplissant la condition de stage</translation>
    </message>
    <message>
        <source>New old-age pensioners over all members reaching the pensionable age in the year; empty where no one does.</source>
        <translation>Nouveaux pensionnés de vieillesse rapportés à l&apos;ensemble des assurés atteignant l&apos;âge d&apos;admission à la pension dans l&apos;année&#xa0;; vide si personne ne l&apos;atteint.</translation>
    </message>
    <message>
        <source>Replacement rate, new pensions</source>
        <translation>Taux de remplacement, nouvelles pensions</translation>
    </message>
    <message>
        <source>Average new old-age pension over the average wage; empty where no one is awarded one.</source>
        <translation>Nouvelle pension de vieillesse moyenne rapportée au salaire moyen&#xa0;; vide si aucune n&apos;est attribuée.</translation>
    </message>
    <message>
        <source>Average insurable wage</source>
        <translation>Salaire assurable moyen</translation>
    </message>
    <message>
        <source>Insurable wage bill per contributor (wages capped at the ceiling).</source>
        <translation>Masse salariale assurable par cotisant (salaires limités au plafond).</translation>
    </message>
    <message>
        <source>thousand persons</source>
        <translation>milliers de personnes</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>× expenditure</source>
        <translation>× dépenses</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Reform comparison: {name}</source>
        <translation>Comparaison de réformes&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Reform comparison</source>
        <translation>Comparaison de réformes</translation>
    </message>
    <message>
        <source>Exported {date}</source>
        <translation>Exporté le {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>export_scenarios</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Population and members</source>
        <translation>Population et assurés</translation>
    </message>
    <message>
        <source>Wages, rules and pensions</source>
        <translation>Salaires, règles et pensions</translation>
    </message>
    <message>
        <source>Income, expenditure and reserve</source>
        <translation>Recettes, dépenses et réserve</translation>
    </message>
    <message>
        <source>Benefit branches and the basic pension (paid by the state)</source>
        <translation>Branches de prestations et pension de base (à la charge de l&apos;État)</translation>
    </message>
    <message>
        <source>The workbook as read, with its legislated schedule.</source>
        <translation>Le classeur tel qu&apos;il a été lu, avec son calendrier légal.</translation>
    </message>
    <message>
        <source>See the {sheet} sheet for the levers.</source>
        <translation>Les leviers figurent dans la feuille «&#xa0;{sheet}&#xa0;».</translation>
    </message>
    <message>
        <source>Differences from the baseline (reform minus baseline)</source>
        <translation>Écarts par rapport au scénario de référence (réforme moins référence)</translation>
    </message>
    <message>
        <source>Rates in percentage points ({pp}), money in {money}, the reserve ratio as a multiple of a year&apos;s expenditure; a dash where the difference rounds to nothing.</source>
        <translation>Taux en points de pourcentage ({pp}), montants en {money}, ratio de réserve en multiple des dépenses d&apos;une année&#xa0;; un tiret là où l&apos;écart s&apos;arrondit à zéro.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Indicators: the lines of the scenario sheets</source>
        <translation>Indicateurs&#xa0;: les lignes des feuilles de scénario</translation>
    </message>
    <message>
        <source>&apos;Column&apos;: the name in the CSV and JSON output (spec 8 and 16). Large numbers of persons and money are shown in thousands to trillions: each line says which.</source>
        <translation>«&#xa0;Colonne&#xa0;»&#xa0;: le nom dans les sorties CSV et JSON (spécification, sections 8 et 16). Les grands nombres de personnes et les montants sont exprimés en milliers, millions, milliards ou milliers de milliards&#xa0;: chaque ligne indique l&apos;unité.</translation>
    </message>
</context>
<context>
    <name>export_sensitivity</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no year of depletion</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Low (pp of GAP)</source>
        <translation>Basse (pt de PMG)</translation>
    </message>
    <message>
        <source>High (pp of GAP)</source>
        <translation>Haute (pt de PMG)</translation>
    </message>
    <message>
        <source>{name}: change of the GAP</source>
        <translation>{name}&#xa0;: variation de la PMG</translation>
    </message>
    <message>
        <source>percentage points of the GAP</source>
        <translation>points de pourcentage de la PMG</translation>
    </message>
    <message>
        <source>Sensitivity tests</source>
        <translation>Tests de sensibilité</translation>
    </message>
    <message>
        <source>Each assumption varied alone, low and high, the others as in the workbook; the same variant for the baseline and every reform. Shifts in percentage points (pt) are added in every year; factors (×) multiply the path.</source>
        <translation>Chaque hypothèse varie seule, en variante basse et haute, les autres restant celles du classeur&#xa0;; la même variante s&apos;applique au scénario de référence et à chaque réforme. Les écarts en points de pourcentage (pt) s&apos;ajoutent chaque année&#xa0;; les facteurs (×) multiplient la trajectoire.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>GAP change</source>
        <translation>Variation de la PMG</translation>
    </message>
    <message>
        <source>Reserve depleted in</source>
        <translation>Réserve épuisée en</translation>
    </message>
    <message>
        <source>PAYG cost rate {year}</source>
        <translation>Taux de coût par répartition {year}</translation>
    </message>
    <message>
        <source>Reserve ratio {year} (years)</source>
        <translation>Ratio de réserve {year} (années)</translation>
    </message>
    <message>
        <source>central</source>
        <translation>centrale</translation>
    </message>
</context>
<context>
    <name>export_standards</name>
    <message>
        <source>Standards</source>
        <translation>Normes</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Value (worst year)</source>
        <translation>Valeur (pire année)</translation>
    </message>
    <message>
        <source>Worst year</source>
        <translation>Pire année</translation>
    </message>
    <message>
        <source>Where in the convention</source>
        <translation>Disposition de la convention</translation>
    </message>
    <message>
        <source>Within the international labour standards? ILO conventions C102 and C128</source>
        <translation>Dans le respect des normes internationales du travail&#xa0;? Conventions de l&apos;OIT C102 et C128</translation>
    </message>
    <message>
        <source>The benefit of each convention&apos;s standard beneficiary (30 years of contribution at the average insurable wage for old age, 15 years for invalidity and survivors), computed by the scheme&apos;s own rules, as a share of the average insurable wage of the award year; the worst award year is shown. Methods and what is not judged: docs/methodology.md, section 18.</source>
        <translation>La prestation du bénéficiaire type de chaque convention (30 ans de cotisation au salaire assurable moyen pour la vieillesse, 15 ans pour l&apos;invalidité et les survivants), calculée selon les règles propres du régime, en part du salaire assurable moyen de l&apos;année d&apos;attribution&#xa0;; la plus défavorable des années d&apos;attribution est retenue. Méthodes et points non jugés&#xa0;: docs/methodology.md, section 18.</translation>
    </message>
    <message>
        <source>Not judged: {reasons}.</source>
        <translation>Non jugé&#xa0;: {reasons}.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two reasons</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
</context>
<context>
    <name>export_stochastic</name>
    <message>
        <source>Stochastic</source>
        <translation>Stochastique</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>{name} deterministic</source>
        <translation>{name} déterministe</translation>
    </message>
    <message>
        <source>Probability the reserve has run out</source>
        <translation>Probabilité que la réserve soit épuisée</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>{name}: reserve ratio, percentiles</source>
        <translation>{name}&#xa0;: ratio de réserve, centiles</translation>
    </message>
    <message>
        <source>{name}: probability the reserve has run out</source>
        <translation>{name}&#xa0;: probabilité que la réserve soit épuisée</translation>
    </message>
    <message>
        <source>share of paths</source>
        <translation>part des trajectoires</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilité</translation>
    </message>
    <message>
        <source>{rate} sd {sd} pt, autocorrelation {autocorrelation}</source>
        <translation>{rate}&#xa0;: écart type {sd} pt, autocorrélation {autocorrelation}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two rates&apos; settings</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Stochastic projections</source>
        <translation>Projections stochastiques</translation>
    </message>
    <message>
        <source>{paths} economic paths (seed {seed}), the same for every scenario: {settings}. Percentiles over the paths in each year; &apos;run out&apos; = the reserve was negative at the end of that year or an earlier one.</source>
        <translation>{paths} trajectoires économiques (graine {seed}), les mêmes pour tous les scénarios&#xa0;: {settings}. Centiles des trajectoires pour chaque année&#xa0;; «&#xa0;épuisée&#xa0;» = la réserve était négative à la fin de cette année ou d&apos;une année antérieure.</translation>
    </message>
</context>
<context>
    <name>export_summary</name>
    <message>
        <source>PAYG cost rate {year} (% of wages)</source>
        <translation>Taux de coût par répartition {year} (% des salaires)</translation>
    </message>
    <message>
        <source>Reserve ratio {year} (× expenditure)</source>
        <translation>Ratio de réserve {year} (× dépenses)</translation>
    </message>
    <message>
        <source>Contribution rate {year} (% of wages)</source>
        <translation>Taux de cotisation {year} (% des salaires)</translation>
    </message>
    <message>
        <source>State subsidy {year} (% of wages)</source>
        <translation>Subvention de l&apos;État {year} (% des salaires)</translation>
    </message>
    <message>
        <source>Replacement rate {year} (%)</source>
        <translation>Taux de remplacement {year} (%)</translation>
    </message>
    <message>
        <source>Benefit expenditure {year} (% of GDP)</source>
        <translation>Dépenses de prestations {year} (% du PIB)</translation>
    </message>
    <message>
        <source>Basic pension cost {year} (% of GDP)</source>
        <translation>Coût de la pension de base {year} (% du PIB)</translation>
    </message>
    <message>
        <source>Basic pension beneficiaries {year} (thousand persons)</source>
        <translation>Bénéficiaires de la pension de base {year} (milliers de personnes)</translation>
    </message>
    <message>
        <source>Reserve exhausted in</source>
        <translation>Réserve épuisée en</translation>
    </message>
    <message>
        <source>GAP (% of wages)</source>
        <translation>PMG (% des salaires)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Under the baseline the reserve lasts to the end of the projection ({year}).</source>
        <translation>Dans le scénario de référence, la réserve dure jusqu&apos;à la fin de la projection ({year}).</translation>
    </message>
    <message>
        <source>Under the baseline the reserve is exhausted in {year}.</source>
        <translation>Dans le scénario de référence, la réserve est épuisée en {year}.</translation>
    </message>
    <message>
        <source>{name} {depletion}{gap}.</source>
        <translation>{name} {depletion}{gap}.</translation>
    </message>
    <message>
        <source>The general average premium (GAP) under the baseline is {gap} of insurable wages: the level contribution rate that would finance the scheme over the projection period.</source>
        <translation>Dans le scénario de référence, la prime moyenne générale (PMG) est de {gap} des salaires assurables&#xa0;: le taux de cotisation constant qui financerait le régime sur la période de projection.</translation>
    </message>
    <message>
        <source>Under the baseline the PAYG cost rate in {year} is {cost} of insurable wages, against a contribution rate of {rate} and a state subsidy worth {subsidy} of wages.</source>
        <translation>Dans le scénario de référence, le taux de coût par répartition en {year} est de {cost} des salaires assurables, contre un taux de cotisation de {rate} et une subvention de l&apos;État équivalant à {subsidy} des salaires.</translation>
    </message>
    <message>
        <source>Under the baseline the PAYG cost rate in {year} is {cost} of insurable wages, against a contribution rate of {rate}.</source>
        <translation>Dans le scénario de référence, le taux de coût par répartition en {year} est de {cost} des salaires assurables, contre un taux de cotisation de {rate}.</translation>
    </message>
    <message>
        <source>{name} stops the basic pension: in {year} it costs {cost} of GDP ({people}) under the baseline.</source>
        <translation>{name} supprime la pension de base&#xa0;: en {year}, elle coûte {cost} du PIB ({people}) dans le scénario de référence.</translation>
    </message>
    <message>
        <source>{name} pays a basic pension costing {cost} of GDP in {year} ({people}), paid by the state budget outside the reserve; the baseline pays none.</source>
        <translation>{name} verse une pension de base qui coûte {cost} du PIB en {year} ({people}), à la charge du budget de l&apos;État, hors réserve&#xa0;; le scénario de référence n&apos;en verse aucune.</translation>
    </message>
    <message>
        <source>{name} pays a basic pension costing {cost} of GDP in {year} ({people}), paid by the state budget outside the reserve; the baseline&apos;s costs {old_cost} ({old_people}).</source>
        <translation>{name} verse une pension de base qui coûte {cost} du PIB en {year} ({people}), à la charge du budget de l&apos;État, hors réserve&#xa0;; celle du scénario de référence coûte {old_cost} ({old_people}).</translation>
    </message>
    <message>
        <source>The baseline&apos;s basic pension costs {cost} of GDP in {year} ({people}), paid by the state budget outside the reserve and the GAP.</source>
        <translation>La pension de base du scénario de référence coûte {cost} du PIB en {year} ({people}), à la charge du budget de l&apos;État, hors réserve et hors PMG.</translation>
    </message>
    <message>
        <source>{count} million beneficiaries</source>
        <comment>2 million or more</comment>
        <translation>{count} millions de bénéficiaires</translation>
    </message>
    <message>
        <source>{count} million beneficiaries</source>
        <translation>{count} million de bénéficiaires</translation>
    </message>
    <message>
        <source>{count} thousand beneficiaries</source>
        <translation>{count} mille bénéficiaires</translation>
    </message>
    <message>
        <source>{count} beneficiaries</source>
        <translation>{count} bénéficiaires</translation>
    </message>
    <message>
        <source>{branch} {share}</source>
        <translation>{branch} {share}</translation>
    </message>
    <message>
        <source>In {year} benefit expenditure under the baseline is {total} of GDP: {parts}.</source>
        <translation>En {year}, dans le scénario de référence, les dépenses de prestations représentent {total} du PIB&#xa0;: {parts}.</translation>
    </message>
    <message>
        <source>Of the branches, {name} changes {branch} most in {year}: from {old} to {new} of GDP.</source>
        <translation>Parmi les branches, {name} modifie surtout les dépenses de {branch} en {year}&#xa0;: de {old} à {new} du PIB.</translation>
    </message>
    <message>
        <source>also keeps the reserve positive to {year}</source>
        <translation>maintient elle aussi la réserve positive jusqu&apos;en {year}</translation>
    </message>
    <message>
        <source>exhausts the reserve in {year}</source>
        <translation>épuise la réserve en {year}</translation>
    </message>
    <message>
        <source>keeps the reserve positive to the end of the projection ({year})</source>
        <translation>maintient la réserve positive jusqu&apos;à la fin de la projection ({year})</translation>
    </message>
    <message>
        <source>postpones this to {year}</source>
        <translation>repousse cet épuisement à {year}</translation>
    </message>
    <message>
        <source>brings this forward to {year}</source>
        <translation>avance cet épuisement à {year}</translation>
    </message>
    <message>
        <source>keeps this at {year}</source>
        <translation>maintient cet épuisement en {year}</translation>
    </message>
    <message>
        <source> and leaves the GAP at {gap}</source>
        <translation> et laisse la PMG à {gap}</translation>
    </message>
    <message>
        <source> and raises the GAP from {old} to {new}</source>
        <translation> et relève la PMG de {old} à {new}</translation>
    </message>
    <message>
        <source> and lowers the GAP from {old} to {new}</source>
        <translation> et abaisse la PMG de {old} à {new}</translation>
    </message>
    <message>
        <source>none by {year}</source>
        <translation>aucun épuisement d&apos;ici {year}</translation>
    </message>
    <message>
        <source>beyond {year}</source>
        <translation>au-delà de {year}</translation>
    </message>
    <message>
        <source>new: {year}</source>
        <translation>nouvel épuisement en {year}</translation>
    </message>
    <message>
        <source>How this workbook prints: this {summary} and the {charts} are the brief; the full tables follow, years across: {differences} (each reform minus the baseline), {shares}, a page a scenario with every indicator, {assumptions} (every input) and {indicators} (what each line means). Printed tables show the base year, every fifth year to {near}, every tenth after, the last year and the year the reserve is exhausted (baseline: {years}); every year is in the sheets, in collapsed columns that + opens.</source>
        <translation>Impression de ce classeur&#xa0;: les feuilles «&#xa0;{summary}&#xa0;» et «&#xa0;{charts}&#xa0;» forment la note de synthèse&#xa0;; suivent les tableaux complets, années en colonnes&#xa0;: «&#xa0;{differences}&#xa0;» (chaque réforme moins le scénario de référence), «&#xa0;{shares}&#xa0;», une page par scénario avec tous les indicateurs, «&#xa0;{assumptions}&#xa0;» (toutes les données d&apos;entrée) et «&#xa0;{indicators}&#xa0;» (ce que signifie chaque ligne). Les tableaux imprimés montrent l&apos;année de base, une année sur cinq jusqu&apos;en {near}, une sur dix ensuite, la dernière année et l&apos;année d&apos;épuisement de la réserve (scénario de référence&#xa0;: {years})&#xa0;; toutes les années figurent dans les feuilles, dans des colonnes repliées que le bouton + déplie.</translation>
    </message>
    <message>
        <source>Base year {first}, projection to {last}. Exported {exported}. Rates are shares of insurable wages unless said to be of GDP.</source>
        <translation>Année de base {first}, projection jusqu&apos;en {last}. Exporté le {exported}. Les taux sont exprimés en part des salaires assurables, sauf mention «&#xa0;du PIB&#xa0;».</translation>
    </message>
    <message>
        <source> Illustrative: the source workbook&apos;s assumptions are not official statistics.</source>
        <translation> Illustratif&#xa0;: les hypothèses du classeur source ne sont pas des statistiques officielles.</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Principaux constats</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Principaux résultats</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Difference from the baseline (reserve exhausted: years later; rates: percentage points; a dash where it rounds to nothing)</source>
        <translation>Écart par rapport à la référence (épuisement de la réserve&#xa0;: années plus tard&#xa0;; taux&#xa0;: points&#xa0;; tiret&#xa0;: arrondi à zéro)</translation>
    </message>
    <message>
        <source>Reform</source>
        <translation>Réforme</translation>
    </message>
    <message>
        <source>Cost and financing in {year}</source>
        <translation>Coût et financement en {year}</translation>
    </message>
    <message>
        <source>{name}: change</source>
        <translation>{name}&#xa0;: écart</translation>
    </message>
    <message>
        <source>Sources and caveats</source>
        <translation>Sources et mises en garde</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Source workbook: {name} (SHA-256 {digest}).</source>
        <translation>Classeur source&#xa0;: {name} (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>Source workbook: {name}.</source>
        <translation>Classeur source&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Computed by Reform Studio {version}, model version {model}.</source>
        <translation>Calculé par Reform Studio {version}, version {model} du modèle.</translation>
    </message>
    <message>
        <source>Illustrative: the source workbook says its assumptions are illustrative, not official statistics and not the rules of any real scheme; read the results as a demonstration.</source>
        <translation>Illustratif&#xa0;: le classeur source indique que ses hypothèses sont illustratives, qu&apos;elles ne sont ni des statistiques officielles ni les règles d&apos;un régime réel&#xa0;; lisez les résultats comme une démonstration.</translation>
    </message>
    <message>
        <source>Projections, not forecasts: each follows from the assumptions on the {sheet} sheet. Money is nominal; the basic pension is paid by the state budget, outside the reserve and the GAP.</source>
        <translation>Des projections, non des prévisions&#xa0;: chacune découle des hypothèses de la feuille «&#xa0;{sheet}&#xa0;». Les montants sont nominaux&#xa0;; la pension de base est à la charge du budget de l&apos;État, hors réserve et hors PMG.</translation>
    </message>
    <message>
        <source>Data: {item}: {source}</source>
        <translation>Données&#xa0;: {item}&#xa0;: {source}</translation>
    </message>
    <message>
        <source> The data sources in full are on the {sheet} sheet.</source>
        <translation> Les sources des données figurent en entier dans la feuille «&#xa0;{sheet}&#xa0;».</translation>
    </message>
    <message>
        <source>not by {year}</source>
        <translation>pas avant fin {year}</translation>
    </message>
    <message>
        <source>n/a: depleted</source>
        <translation>s.o.&#xa0;: épuisée</translation>
    </message>
</context>
<context>
    <name>fan_chart</name>
    <message>
        <source>Reserve ratio</source>
        <translation>Ratio de réserve</translation>
    </message>
    <message>
        <source>years of spending</source>
        <translation>années de dépenses</translation>
    </message>
    <message>
        <source>PAYG cost rate</source>
        <translation>Taux de coût par répartition</translation>
    </message>
    <message>
        <source>% of the wage bill</source>
        <translation>% de la masse salariale</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <source>{name}: less than a 1-in-{odds} chance that the reserve runs out before {year}.</source>
        <translation>{name}&#xa0;: moins d&apos;une chance sur {odds} que la réserve s&apos;épuise avant {year}.</translation>
    </message>
    <message>
        <source>{name}: a 1-in-{odds} chance that the reserve runs out before {year}.</source>
        <translation>{name}&#xa0;: une chance sur {odds} que la réserve s&apos;épuise avant {year}.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Reform</source>
        <translation>Réforme</translation>
    </message>
    <message>
        <source>reserve run out
(share of paths)</source>
        <translation>réserve épuisée
(part des trajectoires)</translation>
    </message>
    <message>
        <source>{name} (median)</source>
        <translation>{name} (médiane)</translation>
    </message>
    <message>
        <source>{name}: 5-95 % and 25-75 % of {paths} economic paths, median (dashed: deterministic)</source>
        <translation>{name}&#xa0;: 5-95&#xa0;% et 25-75&#xa0;% de {paths} trajectoires économiques, médiane (tirets&#xa0;: déterministe)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reform Studio scenarios (*.json)</source>
        <translation>Scénarios Reform Studio (*.json)</translation>
    </message>
    <message>
        <source>CSV table, comma-separated, decimal point (*.csv)</source>
        <translation>Tableau CSV, séparateur virgule, point décimal (*.csv)</translation>
    </message>
    <message>
        <source>CSV table, semicolon-separated, decimal comma (*.csv)</source>
        <translation>Tableau CSV, séparateur point-virgule, virgule décimale (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>semicolon-separated with decimal commas</source>
        <translation>séparateur point-virgule et virgule décimale</translation>
    </message>
    <message>
        <source>comma-separated with decimal points</source>
        <translation>séparateur virgule et point décimal</translation>
    </message>
    <message>
        <source>No workbook is open: open another workbook, or one of the samples.</source>
        <translation>Aucun classeur n&apos;est ouvert&#xa0;: ouvrez un autre classeur ou l&apos;un des exemples.</translation>
    </message>
    <message>
        <source>The scheme stays open.</source>
        <translation>Le régime reste ouvert.</translation>
    </message>
    <message>
        <source>{name} stays open.</source>
        <translation>{name} reste ouvert.</translation>
    </message>
    <message>
        <source>Open workbook</source>
        <translation>Ouvrir un classeur</translation>
    </message>
    <message>
        <source>Opening {name} was cancelled. {stays}</source>
        <translation>L&apos;ouverture de {name} a été annulée. {stays}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opening workbook</source>
        <translation>Ouverture du classeur</translation>
    </message>
    <message>
        <source>Cannot open workbook</source>
        <translation>Impossible d&apos;ouvrir le classeur</translation>
    </message>
    <message>
        <source>{name} was not opened: {message}</source>
        <translation>{name} n&apos;a pas été ouvert&#xa0;: {message}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; was not opened: {count} problem to fix.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; n&apos;a pas été ouvert&#xa0;: {count} problème à corriger.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; was not opened: {count} problems to fix.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; n&apos;a pas été ouvert&#xa0;: {count} problèmes à corriger.</translation>
    </message>
    <message>
        <source>Workbook problems</source>
        <translation>Problèmes du classeur</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; could not be read.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>{name} was not opened. {stays}</source>
        <translation>{name} n&apos;a pas été ouvert. {stays}</translation>
    </message>
    <message>
        <source>Opened {name}: {scheme}, {country}</source>
        <translation>{name} ouvert&#xa0;: {scheme}, {country}</translation>
    </message>
    <message>
        <source>New workbook from template</source>
        <translation>Nouveau classeur à partir du modèle</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>Template not written</source>
        <translation>Modèle non écrit</translation>
    </message>
    <message>
        <source>Template written</source>
        <translation>Modèle écrit</translation>
    </message>
    <message>
        <source>The template was written to {path}.
Open it in your spreadsheet program now?</source>
        <translation>Le modèle a été écrit dans {path}.
L&apos;ouvrir maintenant dans votre tableur&#xa0;?</translation>
    </message>
    <message>
        <source>Open scenarios</source>
        <translation>Ouvrir des scénarios</translation>
    </message>
    <message>
        <source>No workbook open</source>
        <translation>Aucun classeur ouvert</translation>
    </message>
    <message>
        <source>Reforms change a scheme: open its workbook first, then its scenarios.</source>
        <translation>Une réforme modifie un régime&#xa0;: ouvrez d&apos;abord son classeur, puis ses scénarios.</translation>
    </message>
    <message>
        <source>Scenario file problems</source>
        <translation>Problèmes du fichier de scénarios</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; was not opened; your reforms are unchanged.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; n&apos;a pas été ouvert&#xa0;; vos réformes sont inchangées.</translation>
    </message>
    <message>
        <source>Cannot open scenarios</source>
        <translation>Impossible d&apos;ouvrir les scénarios</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; was saved for the workbook &lt;b&gt;{made_for}&lt;/b&gt;, not for &lt;b&gt;{here}&lt;/b&gt;, which is open.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; a été enregistré pour le classeur &lt;b&gt;{made_for}&lt;/b&gt;, et non pour &lt;b&gt;{here}&lt;/b&gt;, qui est ouvert.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} autres</translation>
    </message>
    <message>
        <source>Scenarios made for another workbook</source>
        <translation>Scénarios faits pour un autre classeur</translation>
    </message>
    <message>
        <source>These levers no longer make sense for {here}:</source>
        <translation>Ces leviers n&apos;ont plus de sens pour {here}&#xa0;:</translation>
    </message>
    <message>
        <source>The reforms were not opened; yours are unchanged. Open {made_for} to use them.</source>
        <translation>Les réformes n&apos;ont pas été ouvertes&#xa0;; les vôtres sont inchangées. Ouvrez {made_for} pour les utiliser.</translation>
    </message>
    <message>
        <source>Every lever can be applied here, but its values were chosen for another scheme: a rate or an age that was a change there may be no change, or the opposite one, here.</source>
        <translation>Chaque levier peut s&apos;appliquer ici, mais ses valeurs ont été choisies pour un autre régime&#xa0;: un taux ou un âge qui y constituait une modification peut ici n&apos;en être aucune, ou la modification inverse.</translation>
    </message>
    <message>
        <source>Open these reforms on {here} anyway?</source>
        <translation>Ouvrir quand même ces réformes sur {here}&#xa0;?</translation>
    </message>
    <message>
        <source>the workbook open now</source>
        <translation>le classeur ouvert</translation>
    </message>
    <message>
        <source>Unsaved reforms</source>
        <translation>Réformes non enregistrées</translation>
    </message>
    <message>
        <source>Opening {name} closes the reforms made for {here}: they belong to that workbook. They have changes that are not saved. Save them first?</source>
        <translation>Ouvrir {name} ferme les réformes faites pour {here}&#xa0;: elles appartiennent à ce classeur. Elles comportent des modifications non enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <source>Save scenarios as</source>
        <translation>Enregistrer les scénarios sous</translation>
    </message>
    <message>
        <source>{source} is the workbook that is open</source>
        <translation>{source} est le classeur ouvert</translation>
    </message>
    <message>
        <source>{name} leads to {source}, the workbook that is open</source>
        <translation>{name} mène à {source}, le classeur ouvert</translation>
    </message>
    <message>
        <source>{which}: writing {what} there would replace the scheme&apos;s data. It was left unchanged; choose another file name.</source>
        <translation>{which}&#xa0;: y écrire {what} remplacerait les données du régime. Il n&apos;a pas été modifié&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>the scenarios</source>
        <translation>les scénarios</translation>
    </message>
    <message>
        <source>Scenario files are text files ending in .json; saved as {name}, they would not open in a spreadsheet program and would replace that file. Choose a name ending in .json, such as {stem}.json.</source>
        <translation>Les fichiers de scénarios sont des fichiers texte se terminant par .json&#xa0;; enregistrés sous {name}, ils ne s&apos;ouvriraient pas dans un tableur et remplaceraient ce fichier. Choisissez un nom se terminant par .json, par exemple {stem}.json.</translation>
    </message>
    <message>
        <source>Scenario files are text files ending in .json; saved as {name}, they would not open in a spreadsheet program. Choose a name ending in .json, such as {stem}.json.</source>
        <translation>Les fichiers de scénarios sont des fichiers texte se terminant par .json&#xa0;; enregistrés sous {name}, ils ne s&apos;ouvriraient pas dans un tableur. Choisissez un nom se terminant par .json, par exemple {stem}.json.</translation>
    </message>
    <message>
        <source>Scenarios not saved</source>
        <translation>Scénarios non enregistrés</translation>
    </message>
    <message>
        <source>Your reforms were not saved. {reason}

They are still open here.</source>
        <translation>Vos réformes n&apos;ont pas été enregistrées. {reason}

Elles restent ouvertes ici.</translation>
    </message>
    <message>
        <source>Your reforms were not saved. {reason}

They are still open here; save them to another folder.</source>
        <translation>Vos réformes n&apos;ont pas été enregistrées. {reason}

Elles restent ouvertes ici&#xa0;; enregistrez-les dans un autre dossier.</translation>
    </message>
    <message>
        <source>Saved {count} reforms to {name}</source>
        <translation>Réformes enregistrées dans {name}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Your reforms have changes that are not saved. Save them?</source>
        <translation>Vos réformes comportent des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>No workbook is open: open a workbook or a sample first.</source>
        <translation>Aucun classeur n&apos;est ouvert&#xa0;: ouvrez d&apos;abord un classeur ou un exemple.</translation>
    </message>
    <message>
        <source>Export chart image</source>
        <translation>Exporter l&apos;image du graphique</translation>
    </message>
    <message>
        <source>the chart</source>
        <translation>le graphique</translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation>Graphique non exporté</translation>
    </message>
    <message>
        <source>Chart written to {path}</source>
        <translation>Graphique écrit dans {path}</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Exporter les données du graphique</translation>
    </message>
    <message>
        <source>the chart data</source>
        <translation>les données du graphique</translation>
    </message>
    <message>
        <source>Chart data not exported</source>
        <translation>Données du graphique non exportées</translation>
    </message>
    <message>
        <source>Chart data written to {path}, {style}</source>
        <translation>Données du graphique écrites dans {path}, {style}</translation>
    </message>
    <message>
        <source>Export comparison workbook</source>
        <translation>Exporter le classeur de comparaison</translation>
    </message>
    <message>
        <source>Comparison not exported</source>
        <translation>Comparaison non exportée</translation>
    </message>
    <message>
        <source>A reform cannot be projected.</source>
        <translation>Une réforme ne peut pas être projetée.</translation>
    </message>
    <message>
        <source>Comparison of {count} reforms written to {path}</source>
        <translation>Comparaison de {count} réformes écrite dans {path}</translation>
    </message>
</context>
<context>
    <name>formatters</name>
    <message>
        <source>pp</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>depleted</source>
        <translation>épuisée</translation>
    </message>
    <message>
        <source>yrs</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>frontier</name>
    <message>
        <source>{lever} ({unit})</source>
        <translation>{lever} ({unit})</translation>
    </message>
    <message>
        <source>Just meets the target</source>
        <translation>Atteint tout juste l&apos;objectif</translation>
    </message>
    <message>
        <source>Meets the target</source>
        <translation>Atteint l&apos;objectif</translation>
    </message>
    <message>
        <source>Current reform</source>
        <translation>Réforme actuelle</translation>
    </message>
    <message>
        <source>Not reachable in the range searched</source>
        <translation>Hors d&apos;atteinte dans la plage explorée</translation>
    </message>
    <message>
        <source>What it takes: {goal}</source>
        <translation>Ce qu&apos;il faut&#xa0;: {goal}</translation>
    </message>
    <message>
        <source>Reform frontier</source>
        <translation>Frontière des réformes</translation>
    </message>
</context>
<context>
    <name>frontier_panel</name>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The lever along the horizontal axis, tried across its range.</source>
        <translation>Le levier en abscisse, parcouru sur toute sa plage.</translation>
    </message>
    <message>
        <source>The lever solved for at each setting of the horizontal one.</source>
        <translation>Le levier résolu pour chaque valeur du levier en abscisse.</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Exporter l&apos;image…</translation>
    </message>
    <message>
        <source>Save the frontier as PNG, SVG or PDF.</source>
        <translation>Enregistrer la frontière en PNG, SVG ou PDF.</translation>
    </message>
    <message>
        <source>Along the line the target is just met; in the shaded region it holds. The ring is the reform being edited.</source>
        <translation>Sur la ligne, l&apos;objectif est tout juste atteint&#xa0;; dans la zone ombrée, il est respecté. L&apos;anneau est la réforme en cours de modification.</translation>
    </message>
    <message>
        <source>Across (x)</source>
        <translation>En abscisse (x)</translation>
    </message>
    <message>
        <source>Solve for (y)</source>
        <translation>Résoudre pour (y)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Computing the frontier…</source>
        <translation>Calcul de la frontière…</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>le scénario de référence</translation>
    </message>
    <message>
        <source>The ring is {ring}; the target holds above the line.</source>
        <translation>L&apos;anneau est {ring}&#xa0;; l&apos;objectif est respecté au-dessus de la ligne.</translation>
    </message>
    <message>
        <source>The ring is {ring}; the target holds below the line.</source>
        <translation>L&apos;anneau est {ring}&#xa0;; l&apos;objectif est respecté en dessous de la ligne.</translation>
    </message>
    <message>
        <source>{missing} of {count} settings cannot reach it (×).</source>
        <translation>{missing} valeurs sur {count} ne peuvent pas l&apos;atteindre (×).</translation>
    </message>
    <message>
        <source>The frontier cannot be computed: {message}</source>
        <translation>La frontière ne peut pas être calculée&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Export frontier image</source>
        <translation>Exporter l&apos;image de la frontière</translation>
    </message>
    <message>
        <source>Frontier not exported</source>
        <translation>Frontière non exportée</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} n&apos;a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Frontier written to {path}</source>
        <translation>Frontière écrite dans {path}</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <source>{region} (UN)</source>
        <translation>{region} (ONU)</translation>
    </message>
    <message>
        <source>Low income {region}</source>
        <translation>{region} à faible revenu</translation>
    </message>
    <message>
        <source>Lower middle income {region}</source>
        <translation>{region} à revenu intermédiaire (tranche inférieure)</translation>
    </message>
    <message>
        <source>Upper middle income {region}</source>
        <translation>{region} à revenu intermédiaire (tranche supérieure)</translation>
    </message>
    <message>
        <source>High income {region}</source>
        <translation>{region} à revenu élevé</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Monde</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation>Faible revenu</translation>
    </message>
    <message>
        <source>Lower middle income</source>
        <translation>Revenu intermédiaire, tranche inférieure</translation>
    </message>
    <message>
        <source>Upper middle income</source>
        <translation>Revenu intermédiaire, tranche supérieure</translation>
    </message>
    <message>
        <source>High income</source>
        <translation>Revenu élevé</translation>
    </message>
    <message>
        <source>East Asia &amp; Pacific</source>
        <translation>Asie de l&apos;Est et Pacifique</translation>
    </message>
    <message>
        <source>Europe &amp; Central Asia</source>
        <translation>Europe et Asie centrale</translation>
    </message>
    <message>
        <source>Latin America &amp; Caribbean</source>
        <translation>Amérique latine et Caraïbes</translation>
    </message>
    <message>
        <source>Middle East &amp; North Africa</source>
        <translation>Moyen-Orient et Afrique du Nord</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <source>South Asia</source>
        <translation>Asie du Sud</translation>
    </message>
    <message>
        <source>Sub-Saharan Africa</source>
        <translation>Afrique subsaharienne</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>Afrique septentrionale</translation>
    </message>
    <message>
        <source>Eastern Africa</source>
        <translation>Afrique orientale</translation>
    </message>
    <message>
        <source>Middle Africa</source>
        <translation>Afrique centrale</translation>
    </message>
    <message>
        <source>Southern Africa</source>
        <translation>Afrique australe</translation>
    </message>
    <message>
        <source>Western Africa</source>
        <translation>Afrique occidentale</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amériques</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>Amérique latine et Caraïbes (ONU)</translation>
    </message>
    <message>
        <source>Caribbean</source>
        <translation>Caraïbes</translation>
    </message>
    <message>
        <source>Central America</source>
        <translation>Amérique centrale</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>Amérique du Sud</translation>
    </message>
    <message>
        <source>Northern America</source>
        <translation>Amérique septentrionale</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asie</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Asie centrale</translation>
    </message>
    <message>
        <source>Eastern Asia</source>
        <translation>Asie orientale</translation>
    </message>
    <message>
        <source>South-eastern Asia</source>
        <translation>Asie du Sud-Est</translation>
    </message>
    <message>
        <source>Southern Asia</source>
        <translation>Asie méridionale</translation>
    </message>
    <message>
        <source>Western Asia</source>
        <translation>Asie occidentale</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>Europe orientale</translation>
    </message>
    <message>
        <source>Northern Europe</source>
        <translation>Europe septentrionale</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>Europe méridionale</translation>
    </message>
    <message>
        <source>Western Europe</source>
        <translation>Europe occidentale</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Océanie</translation>
    </message>
    <message>
        <source>Australia and New Zealand</source>
        <translation>Australie et Nouvelle-Zélande</translation>
    </message>
    <message>
        <source>Melanesia</source>
        <translation>Mélanésie</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronésie</translation>
    </message>
    <message>
        <source>Polynesia</source>
        <translation>Polynésie</translation>
    </message>
    <message>
        <source>Name at least one country or group, e.g. --countries &apos;Malawi, Niger&apos; or --countries &apos;Low income Sub-Saharan Africa&apos;.</source>
        <translation>Indiquez au moins un pays ou un groupe, par exemple --countries &apos;Malawi, Niger&apos; ou --countries &apos;Afrique subsaharienne à faible revenu&apos;.</translation>
    </message>
    <message>
        <source>{problem} Groups with a close name: {names}.</source>
        <translation>{problem} Groupes au nom proche&#xa0;: {names}.</translation>
    </message>
</context>
<context>
    <name>key_figures</name>
    <message>
        <source>still depleted</source>
        <translation>s&apos;épuise toujours</translation>
    </message>
    <message>
        <source>now depleted</source>
        <translation>s&apos;épuise désormais</translation>
    </message>
    <message>
        <source>no longer depleted</source>
        <translation>ne s&apos;épuise plus</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>Reserve depletion year</source>
        <translation>Année d&apos;épuisement de la réserve</translation>
    </message>
    <message>
        <source>General average premium (GAP)</source>
        <translation>Prime moyenne générale (PMG)</translation>
    </message>
    <message>
        <source>PAYG cost rate {year}</source>
        <translation>Taux de coût par répartition {year}</translation>
    </message>
    <message>
        <source>Reserve ratio {year}</source>
        <translation>Ratio de réserve {year}</translation>
    </message>
    <message>
        <source>Replacement rate {year}</source>
        <translation>Taux de remplacement {year}</translation>
    </message>
    <message>
        <source>Expenditure {year}</source>
        <translation>Dépenses {year}</translation>
    </message>
    <message>
        <source>Basic pension cost {year}</source>
        <translation>Coût de la pension de base {year}</translation>
    </message>
    <message>
        <source>Basic pension beneficiaries {year}</source>
        <translation>Bénéficiaires de la pension de base {year}</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>% of wages</source>
        <translation>% des salaires</translation>
    </message>
    <message>
        <source>years of expenditure</source>
        <translation>années de dépenses</translation>
    </message>
    <message>
        <source>% of average wage</source>
        <translation>% du salaire moyen</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>The basic pension is no longer paid in {year} (in {reference} it costs {cost} of GDP, {people} beneficiaries).</source>
        <translation>La pension de base n&apos;est plus versée en {year} (dans {reference}, elle coûte {cost} du PIB, {people} bénéficiaires).</translation>
    </message>
    <message>
        <source>The basic pension costs {cost} of GDP in {year} ({people} beneficiaries), against none in {reference}.</source>
        <translation>La pension de base coûte {cost} du PIB en {year} ({people} bénéficiaires), contre rien dans {reference}.</translation>
    </message>
    <message>
        <source>The basic pension costs {cost} of GDP in {year} ({people} beneficiaries) instead of {old_cost} ({old_people}).</source>
        <translation>La pension de base coûte {cost} du PIB en {year} ({people} bénéficiaires) au lieu de {old_cost} ({old_people}).</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>le scénario de référence</translation>
    </message>
    <message>
        <source>the reserve is never exhausted, as in {reference}</source>
        <translation>la réserve ne s&apos;épuise jamais, comme dans {reference}</translation>
    </message>
    <message>
        <source>the reserve now runs out in {new}, while in {reference} it never does</source>
        <translation>la réserve s&apos;épuise désormais en {new}, alors que dans {reference} elle ne s&apos;épuise jamais</translation>
    </message>
    <message>
        <source>the reserve is never exhausted instead of running out in {old}</source>
        <translation>la réserve ne s&apos;épuise jamais au lieu de s&apos;épuiser en {old}</translation>
    </message>
    <message>
        <source>the reserve still runs out in {new}</source>
        <translation>la réserve s&apos;épuise toujours en {new}</translation>
    </message>
    <message>
        <source>the reserve lasts until {new} instead of {old}</source>
        <translation>la réserve dure jusqu&apos;en {new} au lieu de {old}</translation>
    </message>
    <message>
        <source>, and the GAP stays at {gap} of insurable wages</source>
        <translation>, et la PMG reste à {gap} des salaires assurables</translation>
    </message>
    <message>
        <source>, and the GAP falls from {old} to {new} of insurable wages</source>
        <translation>, et la PMG baisse de {old} à {new} des salaires assurables</translation>
    </message>
    <message>
        <source>, and the GAP rises from {old} to {new} of insurable wages</source>
        <translation>, et la PMG passe de {old} à {new} des salaires assurables</translation>
    </message>
    <message>
        <source>{name}: {sentence}</source>
        <translation>{name}&#xa0;: {sentence}</translation>
    </message>
    <message>
        <source>Expenditure in {year} is {share} higher</source>
        <translation>Les dépenses de {year} sont supérieures de {share}</translation>
    </message>
    <message>
        <source>Expenditure in {year} is {share} lower</source>
        <translation>Les dépenses de {year} sont inférieures de {share}</translation>
    </message>
    <message>
        <source>, mostly {branch} ({amount} of GDP)</source>
        <translation>, surtout du fait des {branch} ({amount} du PIB)</translation>
    </message>
    <message>
        <source>, led by {branch} ({amount} of GDP)</source>
        <translation>, d&apos;abord du fait des {branch} ({amount} du PIB)</translation>
    </message>
    <message>
        <source>{branch} add {amount} of GDP</source>
        <translation>les {branch} augmentent de {amount} du PIB</translation>
    </message>
    <message>
        <source>{branch} save {amount} of GDP</source>
        <translation>les {branch} diminuent de {amount} du PIB</translation>
    </message>
    <message>
        <source>, while {changes}</source>
        <translation>, tandis que {changes}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>the old-age benefit of the standard beneficiary</source>
        <translation>la prestation de vieillesse du bénéficiaire type</translation>
    </message>
    <message>
        <source>the old-age benefit of a standard beneficiary at the skilled manual employee&apos;s wage (125 % of the average wage)</source>
        <translation>la prestation de vieillesse d&apos;un bénéficiaire type au salaire de l&apos;ouvrier qualifié (125&#xa0;% du salaire moyen)</translation>
    </message>
    <message>
        <source>the invalidity benefit of the standard beneficiary</source>
        <translation>la prestation d&apos;invalidité du bénéficiaire type</translation>
    </message>
    <message>
        <source>the survivors&apos; benefit of the standard beneficiary (a widow with two children)</source>
        <translation>la prestation de survivants du bénéficiaire type (une veuve avec deux enfants)</translation>
    </message>
    <message>
        <source>the qualifying period for an old-age pension</source>
        <translation>le stage ouvrant droit à une pension de vieillesse</translation>
    </message>
    <message>
        <source>the old-age benefit after 15 years of contribution</source>
        <translation>la prestation de vieillesse après 15 ans de cotisation</translation>
    </message>
    <message>
        <source>the pensionable age</source>
        <translation>l&apos;âge d&apos;admission à la pension</translation>
    </message>
    <message>
        <source>the qualifying period for an invalidity pension</source>
        <translation>le stage ouvrant droit à une pension d&apos;invalidité</translation>
    </message>
    <message>
        <source>the breadwinner&apos;s qualifying period for a survivors&apos; pension</source>
        <translation>le stage du soutien de famille ouvrant droit à une pension de survivants</translation>
    </message>
    <message>
        <source>the yearly adjustment of pensions in payment</source>
        <translation>la revalorisation annuelle des pensions en cours de service</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} ans</translation>
    </message>
    <message>
        <source>{amount} of the reference wage</source>
        <translation>{amount} du salaire de référence</translation>
    </message>
    <message>
        <source>{amount} of the lower of price and wage growth</source>
        <translation>{amount} de la plus faible des hausses des prix et des salaires</translation>
    </message>
    <message>
        <source>the {amount} that {convention} requires ({citation})</source>
        <translation>du seuil de {amount} exigé par la {convention} ({citation})</translation>
    </message>
    <message>
        <source>the {amount} that {convention} allows ({citation})</source>
        <translation>du maximum de {amount} admis par la {convention} ({citation})</translation>
    </message>
    <message>
        <source>{subject} falls to {value} from {year}, below {lines}.</source>
        <translation>{subject} tombe à {value} à partir de {year}, en dessous {lines}.</translation>
    </message>
    <message>
        <source>{subject} rises to {value} from {year}, above {lines}.</source>
        <translation>{subject} passe à {value} à partir de {year}, au-dessus {lines}.</translation>
    </message>
</context>
<context>
    <name>key_figures_panel</name>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>What each drawn scenario does to the reserve, the general average premium and the basic pension compared with the scenario chosen under &quot;Compare with&quot;, and which branch drives its change in expenditure 25 years on.</source>
        <translation>L&apos;effet de chaque scénario tracé sur la réserve, la prime moyenne générale et la pension de base par rapport au scénario choisi sous «&#xa0;Comparer avec&#xa0;», et la branche qui explique l&apos;évolution de ses dépenses à 25 ans.</translation>
    </message>
    <message>
        <source>The scenario the changes are taken from: the baseline, or any drawn reform (to compare two reforms with each other).</source>
        <translation>Le scénario à partir duquel les écarts sont calculés&#xa0;: le scénario de référence ou toute réforme tracée (pour comparer deux réformes entre elles).</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Comparer avec&#xa0;:</translation>
    </message>
    <message>
        <source>Each scenario, and its change from the one chosen under &quot;Compare with&quot; (pp = percentage points).</source>
        <translation>Chaque scénario et son écart par rapport à celui choisi sous «&#xa0;Comparer avec&#xa0;» (pt = points de pourcentage).</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Reform</source>
        <translation>Réforme</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Change from {name}</source>
        <translation>Écart par rapport à {name}</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>le scénario de référence</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Tick a reform in the list to compare it with the baseline.</source>
        <translation>Cochez une réforme dans la liste pour la comparer au scénario de référence.</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>its value in {cell} is empty</source>
        <translation>sa valeur en {cell} est vide</translation>
    </message>
    <message>
        <source>add a row with it in column A, for example in {cell}</source>
        <translation>ajoutez une ligne portant cette clé en colonne A, par exemple en {cell}</translation>
    </message>
    <message>
        <source>the key &apos;{name}&apos; is required{why}: {where}.</source>
        <translation>la clé «&#xa0;{name}&#xa0;» est obligatoire{why}&#xa0;: {where}.</translation>
    </message>
    <message>
        <source>the key &apos;{name}&apos; must not be given here: {reason}; leave its value empty or delete the row.</source>
        <translation>la clé «&#xa0;{name}&#xa0;» ne doit pas être donnée ici&#xa0;: {reason}&#xa0;; laissez sa valeur vide ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears again (first in {cell}): keep one row.</source>
        <translation>la clé «&#xa0;{key}&#xa0;» apparaît une seconde fois (d&apos;abord en {cell})&#xa0;: n&apos;en gardez qu&apos;une ligne.</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; belongs on sheet &apos;{sheet}&apos;: move it there.</source>
        <translation>la clé «&#xa0;{key}&#xa0;» appartient à la feuille «&#xa0;{sheet}&#xa0;»&#xa0;: déplacez-la sur cette feuille.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key of this sheet: did you mean &apos;{key}&apos;?</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une clé de cette feuille&#xa0;: vouliez-vous dire «&#xa0;{key}&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Follow the language of the computer&apos;s settings</source>
        <translation>Suivre la langue définie dans les paramètres de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Open Reform Studio in {language} from the next start</source>
        <translation>Ouvrir Reform Studio en {language} à partir du prochain démarrage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Reform Studio will open in {language} the next time it starts; the window stays as it is until then.</source>
        <translation>Reform Studio s&apos;ouvrira en {language} au prochain démarrage&#xa0;; d&apos;ici là, la fenêtre reste telle qu&apos;elle est.</translation>
    </message>
</context>
<context>
    <name>launcher</name>
    <message>
        <source>usage: {prog} [gui] [WORKBOOK] [--language en|fr|es]

Open the window, on WORKBOOK (an input workbook, .xlsx) or, without one, on the Kenya sample
scheme with its illustrative reforms.

options:
  -h, --help            show this help message and exit
  --language en|fr|es   the window&apos;s language for this start (default: the one chosen in
                        View › Language, else the system&apos;s)

Qt needs a display: on Linux DISPLAY or WAYLAND_DISPLAY must be set (or QT_QPA_PLATFORM, e.g.
QT_QPA_PLATFORM=offscreen to draw without one). `{prog} --help` lists the terminal commands.
</source>
        <translation>utilisation&#xa0;: {prog} [gui] [CLASSEUR] [--language en|fr|es]

Ouvre la fenêtre sur CLASSEUR (un classeur de données, .xlsx) ou, sans classeur, sur le régime
d&apos;exemple du Kenya et ses réformes illustratives.

options&#xa0;:
  -h, --help            affiche cette aide et quitte
  --language en|fr|es   langue de la fenêtre pour ce démarrage (par défaut&#xa0;: celle choisie
                        dans Affichage › Langue, sinon celle du système)

Qt a besoin d&apos;un affichage&#xa0;: sous Linux, DISPLAY ou WAYLAND_DISPLAY doit être défini (ou
QT_QPA_PLATFORM, par exemple QT_QPA_PLATFORM=offscreen pour dessiner sans affichage).
`{prog} --help` présente les commandes du terminal.
</translation>
    </message>
    <message>
        <source>{prog}: error: {message}
The commands are: {commands} (the window, the default).
`{prog} --help` explains them; `{prog} WORKBOOK.xlsx` opens a workbook in the window.</source>
        <translation>{prog}&#xa0;: erreur&#xa0;: {message}
Les commandes sont&#xa0;: {commands} (la fenêtre, par défaut).
`{prog} --help` les explique&#xa0;; `{prog} CLASSEUR.xlsx` ouvre un classeur dans la fenêtre.</translation>
    </message>
    <message>
        <source>--language takes {choices}, not &apos;{value}&apos;</source>
        <translation>--language accepte {choices}, pas «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>the window takes no option &apos;{option}&apos;</source>
        <translation>la fenêtre n&apos;accepte pas l&apos;option «&#xa0;{option}&#xa0;»</translation>
    </message>
    <message>
        <source>the window opens one workbook, not {count}: {arguments}</source>
        <translation>la fenêtre ouvre un seul classeur, pas {count}&#xa0;: {arguments}</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>fichier introuvable&#xa0;: {path}</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not a command (nor a file)</source>
        <translation>«&#xa0;{word}&#xa0;» n&apos;est pas une commande (ni un fichier)</translation>
    </message>
    <message>
        <source>{prog}: the window cannot start: {problem}. On Linux, Qt needs system libraries that pip does not install; the README&apos;s Install section lists them.</source>
        <translation>{prog}&#xa0;: la fenêtre ne peut pas démarrer&#xa0;: {problem}. Sous Linux, Qt a besoin de bibliothèques du système que pip n&apos;installe pas&#xa0;; la section Install du README les énumère.</translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <source>{what} is {value}: give children per woman, between 0 and 15 (e.g. 2.1).</source>
        <translation>{what} vaut {value}&#xa0;: indiquez un nombre d&apos;enfants par femme, entre 0 et 15 (p. ex. 2,1).</translation>
    </message>
    <message>
        <source>{what} is {value}, which looks like males per 100 females: write {ratio} for {value}.</source>
        <translation>{what} vaut {value}, ce qui ressemble à un nombre de garçons pour 100 filles&#xa0;: écrivez {ratio} pour {value}.</translation>
    </message>
    <message>
        <source>{what} is {value}: give males born per female, between 0.5 and 2 (e.g. 1.05).</source>
        <translation>{what} vaut {value}&#xa0;: indiquez le nombre de naissances masculines par naissance féminine, entre 0,5 et 2 (p. ex. 1,05).</translation>
    </message>
    <message>
        <source>{what} is {value}: not 0, but smaller than {smallest}, which is no real amount or count (a residue of a calculation or a typing slip, and dividing by it overflows); write 0 for none.</source>
        <translation>{what} vaut {value}&#xa0;: ce n&apos;est pas 0, mais c&apos;est plus petit que {smallest}, ce qui n&apos;est ni un montant ni un effectif réel (un résidu de calcul ou une faute de frappe, et diviser par ce nombre provoque un dépassement de capacité)&#xa0;; écrivez 0 s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>The reference period fits in a working life from age 15 to the pensionable age, and pensionable ages are at most 80.</source>
        <translation>La période de référence tient dans une vie active allant de 15 ans à l&apos;âge d&apos;admission à la pension, et ces âges sont d&apos;au plus 80 ans.</translation>
    </message>
    <message>
        <source>GDP is in currency units, like wages: the largest GDP in any currency (Iran&apos;s, in rials) is of the order of 1e17, the smallest national economy (Tokelau) produces some 10 million a year, and a GDP below a million is most likely typed in millions or billions.</source>
        <translation>Le PIB s&apos;exprime en unités monétaires, comme les salaires&#xa0;: le plus grand PIB dans une monnaie quelconque (celui de l&apos;Iran, en rials) est de l&apos;ordre de 1e17, la plus petite économie nationale (Tokelau) produit quelque 10 millions par an, et un PIB inférieur à un million a très probablement été saisi en millions ou en milliards.</translation>
    </message>
    <message>
        <source>A reserve (or a debt, if negative) beyond 1e18 currency units would exceed the GDP of every economy in every currency.</source>
        <translation>Une réserve (ou une dette, si elle est négative) de plus de 1e18 unités monétaires dépasserait le PIB de toutes les économies, quelle que soit la monnaie.</translation>
    </message>
    <message>
        <source>Average annual wages and pensions per person are below a million million currency units in every currency (in Iranian rials, the weakest major currency, an annual wage is about 1e9).</source>
        <translation>Les salaires et pensions annuels moyens par personne sont inférieurs à mille milliards d&apos;unités monétaires dans toutes les monnaies (en rials iraniens, la plus faible des grandes monnaies, un salaire annuel est d&apos;environ 1e9).</translation>
    </message>
    <message>
        <source>A count of persons at one age and sex is below a thousand million: the whole world has fewer than 80 million people of one sex at any single age.</source>
        <translation>Un effectif de personnes d&apos;un âge et d&apos;un sexe donnés est inférieur à un milliard&#xa0;: le monde entier compte moins de 80 millions de personnes d&apos;un même sexe à un âge donné.</translation>
    </message>
    <message>
        <source>Past service is in years (0.5 for half a year): contributors are below the pensionable age, at most 80, so nobody has more than 80 years.</source>
        <translation>Les périodes de service passées s&apos;expriment en années (0,5 pour une demi-année)&#xa0;: les cotisants n&apos;ont pas atteint l&apos;âge d&apos;admission à la pension, d&apos;au plus 80 ans, donc personne n&apos;a plus de 80 années.</translation>
    </message>
    <message>
        <source>Fertility may be on any scale (births per woman, per 1,000 women, or numbers of births), but not above the largest count of persons.</source>
        <translation>La fécondité peut être à n&apos;importe quelle échelle (naissances par femme, pour 1 000 femmes ou nombres de naissances), mais pas au-delà du plus grand effectif de personnes.</translation>
    </message>
    <message>
        <source>The migration profile may be on any scale, and negative where people leave, but not beyond the largest count of persons (a thousand million at one age).</source>
        <translation>Le profil migratoire peut être à n&apos;importe quelle échelle, et négatif aux âges où les personnes partent, mais pas au-delà du plus grand effectif de personnes (un milliard à un âge donné).</translation>
    </message>
    <message>
        <source>Net migration is in persons a year: the largest flows recorded for one country in one year (refugees from Syria or Ukraine) are some millions, far below 100 million.</source>
        <translation>Le solde migratoire s&apos;exprime en personnes par an&#xa0;: les plus grands flux enregistrés pour un pays en une année (réfugiés de Syrie ou d&apos;Ukraine) sont de quelques millions, très loin de 100 millions.</translation>
    </message>
    <message>
        <source>Inflation is an annual fraction from -0.5 (-50 %, deeper than any deflation recorded) to 1 (+100 %); an economy in hyperinflation beyond that is projected in a stable currency or in real terms, as actuarial valuations of such schemes are.</source>
        <translation>L&apos;inflation est une fraction décimale annuelle de -0,5 (-50&#xa0;%, plus profond que toute déflation enregistrée) à 1 (+100&#xa0;%)&#xa0;; une économie en hyperinflation au-delà se projette dans une monnaie stable ou en termes réels, comme le fait l&apos;évaluation actuarielle de tels régimes.</translation>
    </message>
    <message>
        <source>Real wage growth is a fraction from -0.5 (wages halving in real terms in a year) to 1 (doubling): beyond those, no economy has sustained it, and the rate is likely mistyped.</source>
        <translation>La croissance réelle des salaires est une fraction décimale de -0,5 (salaires divisés par deux en termes réels en un an) à 1 (doublement)&#xa0;: au-delà, aucune économie ne l&apos;a connue durablement, et le taux est probablement mal saisi.</translation>
    </message>
    <message>
        <source>A nominal investment return is a fraction from -0.5 (a fund losing half its value in a year; the worst years of diversified funds are near -0.4) to 1 (+100 %, only under hyperinflation, which is projected in a stable currency).</source>
        <translation>Un taux de rendement nominal des placements est une fraction décimale de -0,5 (un fonds perdant la moitié de sa valeur en un an&#xa0;; les pires années des fonds diversifiés sont proches de -0,4) à 1 (+100&#xa0;%, seulement en hyperinflation, qui se projette dans une monnaie stable).</translation>
    </message>
    <message>
        <source>Unemployment is a fraction of the labour force from 0 to 0.9: the highest national rates recorded are near 0.5, and above 0.9 almost nobody would be employed to project wages and GDP from.</source>
        <translation>Le chômage est une fraction de la population active de 0 à 0,9&#xa0;: les taux nationaux les plus élevés enregistrés sont proches de 0,5, et au-delà de 0,9 presque personne ne serait occupé pour en projeter les salaires et le PIB.</translation>
    </message>
    <message>
        <source>Mortality improvement is an annual fraction from -0.2 to 0.2: the fastest sustained falls in death rates recorded (child mortality in fast-developing countries) are below 0.1 a year, and a qx that changes by more than a fifth every year for decades is not a life table.</source>
        <translation>L&apos;amélioration de la mortalité est une fraction décimale annuelle de -0,2 à 0,2&#xa0;: les baisses durables de la mortalité les plus rapides enregistrées (mortalité infantile dans des pays en développement rapide) sont inférieures à 0,1 par an, et un qx qui change de plus d&apos;un cinquième chaque année pendant des décennies n&apos;est pas une table de mortalité.</translation>
    </message>
    <message>
        <source>a standard deviation of the rate around its path, a fraction a year</source>
        <translation>un écart type du taux autour de sa trajectoire, en fraction décimale par an</translation>
    </message>
    <message>
        <source>the share of a year&apos;s deviation that remains the next year</source>
        <translation>la part de l&apos;écart d&apos;une année qui subsiste l&apos;année suivante</translation>
    </message>
    <message>
        <source>added to the rate in every year, a fraction (0.01 = 1 point)</source>
        <translation>ajouté au taux chaque année, en fraction décimale (0,01 = 1 point de pourcentage)</translation>
    </message>
    <message>
        <source>multiplies the path in every year (1 = unchanged)</source>
        <translation>multiplie la trajectoire chaque année (1 = inchangée)</translation>
    </message>
</context>
<context>
    <name>lever_rows</name>
    <message>
        <source>No effect on this workbook: it gives no members who leave a spouse (no Survivors sheet), so no spouse&apos;s pension is awarded.</source>
        <translation>Sans effet sur ce classeur&#xa0;: il ne compte aucun assuré laissant un conjoint (pas de feuille Survivors), donc aucune pension de conjoint survivant n&apos;est attribuée.</translation>
    </message>
    <message>
        <source>No effect without a qualifying period: nobody falls short of one, so nobody gets the grant. Set a qualifying period first.</source>
        <translation>Sans effet en l&apos;absence de stage&#xa0;: personne ne manque de le remplir, donc personne ne reçoit l&apos;allocation. Fixez d&apos;abord un stage.</translation>
    </message>
    <message>
        <source>This lever differs from the baseline</source>
        <translation>Ce levier diffère du scénario de référence</translation>
    </message>
    <message>
        <source>Reset to the baseline: {lever}</source>
        <translation>Rétablir la valeur de référence&#xa0;: {lever}</translation>
    </message>
    <message>
        <source>Solve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <source>Find the value of this lever ({lever}) that meets a target, such as a reserve that never runs out.</source>
        <translation>Trouver la valeur de ce levier ({lever}) qui atteint un objectif, par exemple une réserve qui ne s&apos;épuise jamais.</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source> yrs</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>First year the new value applies (default: the year after the base year).</source>
        <translation>Première année où la nouvelle valeur s&apos;applique (par défaut&#xa0;: l&apos;année qui suit l&apos;année de base).</translation>
    </message>
    <message>
        <source>from </source>
        <translation>dès </translation>
    </message>
    <message>
        <source>at once</source>
        <translation>immédiat</translation>
    </message>
    <message>
        <source> pp/yr</source>
        <translation> pt/an</translation>
    </message>
    <message>
        <source>Phase-in: percentage points moved towards the new value each year (at once: no phase-in).</source>
        <translation>Mise en œuvre progressive&#xa0;: points de pourcentage parcourus chaque année vers la nouvelle valeur (immédiat&#xa0;: sans mise en œuvre progressive).</translation>
    </message>
    <message>
        <source> ×/yr</source>
        <translation> ×/an</translation>
    </message>
    <message>
        <source>Phase-in: how far the value moves towards the new one each year ({unit}; at once: no phase-in). Only where the baseline sets a value to start from.</source>
        <translation>Mise en œuvre progressive&#xa0;: de combien la valeur se rapproche chaque année de la nouvelle ({unit}&#xa0;; immédiat&#xa0;: sans mise en œuvre progressive). Seulement si le scénario de référence fixe une valeur de départ.</translation>
    </message>
    <message>
        <source>1 yr every </source>
        <translation>1 an tous les </translation>
    </message>
    <message>
        <source>Phase-in: one year closer to the new value every this many years (at once: no phase-in).</source>
        <translation>Mise en œuvre progressive&#xa0;: la valeur se rapproche d&apos;un an de la nouvelle tous les n ans, n étant le nombre indiqué (immédiat&#xa0;: sans mise en œuvre progressive).</translation>
    </message>
    <message>
        <source>Year by which the full extension is reached, linearly from the from-year (default: at once in the from-year).</source>
        <translation>Année où l&apos;extension complète est atteinte, linéairement depuis l&apos;année de départ (par défaut&#xa0;: immédiatement l&apos;année de départ).</translation>
    </message>
    <message>
        <source>full by </source>
        <translation>complète en </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>from next year</source>
        <translation>dès l&apos;an prochain</translation>
    </message>
    <message>
        <source>full at once</source>
        <translation>complète d&apos;emblée</translation>
    </message>
    <message>
        <source>None (nominal wages)</source>
        <translation>Aucune (salaires nominaux)</translation>
    </message>
    <message>
        <source>First year of awards to which the new method applies.</source>
        <translation>Première année d&apos;attribution à laquelle s&apos;applique la nouvelle méthode.</translation>
    </message>
</context>
<context>
    <name>levers</name>
    <message>
        <source>Contribution rate</source>
        <translation>Taux de cotisation</translation>
    </message>
    <message>
        <source>% of insurable wage</source>
        <translation>% du salaire assurable</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>Share of the insurable wage paid as contributions by workers and employers together.</source>
        <translation>Part du salaire assurable versée en cotisations par les travailleurs et les employeurs ensemble.</translation>
    </message>
    <message>
        <source>Contribution density</source>
        <translation>Densité de cotisation</translation>
    </message>
    <message>
        <source>% of the year</source>
        <translation>% de l&apos;année</translation>
    </message>
    <message>
        <source>Share of a year that a contributor actually pays for; it scales the wage bill and the service credited.</source>
        <translation>Part de l&apos;année pour laquelle un cotisant cotise effectivement&#xa0;; elle pondère la masse salariale et les périodes validées.</translation>
    </message>
    <message>
        <source>Coverage extension</source>
        <translation>Extension de la couverture</translation>
    </message>
    <message>
        <source>% of uncovered employed</source>
        <translation>% des actifs occupés non couverts</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Share of the employed who do not contribute today that is brought into coverage, reached linearly by the full-by year.</source>
        <translation>Part des actifs occupés qui ne cotisent pas aujourd&apos;hui que l&apos;on fait entrer dans la couverture, atteinte linéairement à l&apos;année d&apos;extension complète.</translation>
    </message>
    <message>
        <source>Contribution ceiling</source>
        <translation>Plafond de cotisation</translation>
    </message>
    <message>
        <source>× average wage</source>
        <translation>× salaire moyen</translation>
    </message>
    <message>
        <source>Wage above which no contribution is due, as a multiple of the average insurable wage; wages in the benefit formula are capped at it too. Needs members who differ (wage dispersion) to bite.</source>
        <translation>Salaire au-delà duquel aucune cotisation n&apos;est due, en multiple du salaire assurable moyen&#xa0;; les salaires de la formule de prestation sont plafonnés au même niveau. N&apos;a d&apos;effet que si les salaires des assurés diffèrent (dispersion des salaires).</translation>
    </message>
    <message>
        <source>Pensionable age, men</source>
        <translation>Âge d&apos;admission à la pension, hommes</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Pensionable age</source>
        <translation>Âge d&apos;admission à la pension</translation>
    </message>
    <message>
        <source>Age at which men are awarded their old-age pension. Cohorts already retired are not affected.</source>
        <translation>Âge auquel les hommes obtiennent leur pension de vieillesse. Les générations déjà pensionnées ne sont pas concernées.</translation>
    </message>
    <message>
        <source>Pensionable age, women</source>
        <translation>Âge d&apos;admission à la pension, femmes</translation>
    </message>
    <message>
        <source>Age at which women are awarded their old-age pension. Cohorts already retired are not affected.</source>
        <translation>Âge auquel les femmes obtiennent leur pension de vieillesse. Les générations déjà pensionnées ne sont pas concernées.</translation>
    </message>
    <message>
        <source>Qualifying period</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>years of service</source>
        <translation>années de service</translation>
    </message>
    <message>
        <source>Qualifying conditions</source>
        <translation>Conditions d&apos;ouverture du droit</translation>
    </message>
    <message>
        <source>Credited service needed for an old-age pension; members short of it get the old-age grant instead.</source>
        <translation>Périodes validées exigées pour une pension de vieillesse&#xa0;; les assurés qui ne les réunissent pas reçoivent à la place l&apos;allocation de vieillesse.</translation>
    </message>
    <message>
        <source>Old-age grant</source>
        <translation>Allocation de vieillesse</translation>
    </message>
    <message>
        <source>% of reference wage per year of service</source>
        <translation>% du salaire de référence par année de service</translation>
    </message>
    <message>
        <source>Lump sum paid at the pensionable age to members short of the qualifying period, per year of service.</source>
        <translation>Versement en capital, à l&apos;âge d&apos;admission à la pension, aux assurés qui n&apos;ont pas accompli le stage, par année de service.</translation>
    </message>
    <message>
        <source>Accrual rate</source>
        <translation>Taux d&apos;annuité</translation>
    </message>
    <message>
        <source>% of reference wage per year</source>
        <translation>% du salaire de référence par année</translation>
    </message>
    <message>
        <source>Benefit formula</source>
        <translation>Formule de prestation</translation>
    </message>
    <message>
        <source>Pension earned per year of credited service, as a share of the reference wage.</source>
        <translation>Pension acquise par année de service validée, en part du salaire de référence.</translation>
    </message>
    <message>
        <source>Reference period</source>
        <translation>Période de référence</translation>
    </message>
    <message>
        <source>Number of final years whose (revalued) wages are averaged into the reference wage. At most the pensionable age minus 15.</source>
        <translation>Nombre de dernières années dont les salaires (revalorisés) forment par leur moyenne le salaire de référence. Au plus l&apos;âge d&apos;admission à la pension moins 15.</translation>
    </message>
    <message>
        <source>Revaluation of past wages</source>
        <translation>Revalorisation des salaires</translation>
    </message>
    <message>
        <source>How past wages are updated to the award year in the reference wage: not at all, with prices or with wages.</source>
        <translation>Comment les salaires passés sont actualisés à l&apos;année d&apos;attribution dans le salaire de référence&#xa0;: pas du tout, selon les prix ou selon les salaires.</translation>
    </message>
    <message>
        <source>Minimum pension</source>
        <translation>Pension minimale</translation>
    </message>
    <message>
        <source>% of average wage</source>
        <translation>% du salaire moyen</translation>
    </message>
    <message>
        <source>Floor on a new pension, as a share of the average insurable wage of the award year. 0 removes the floor.</source>
        <translation>Minimum d&apos;une nouvelle pension, en part du salaire assurable moyen de l&apos;année d&apos;attribution. 0 supprime le minimum.</translation>
    </message>
    <message>
        <source>Maximum replacement rate</source>
        <translation>Taux de remplacement maximal</translation>
    </message>
    <message>
        <source>% of reference wage</source>
        <translation>% du salaire de référence</translation>
    </message>
    <message>
        <source>Cap on a new pension as a share of the pensioner&apos;s own reference wage; the minimum pension wins over it.</source>
        <translation>Plafond d&apos;une nouvelle pension en part du salaire de référence du pensionné&#xa0;; la pension minimale l&apos;emporte sur lui.</translation>
    </message>
    <message>
        <source>Survivor&apos;s pension</source>
        <translation>Pension de survivant</translation>
    </message>
    <message>
        <source>% of the deceased&apos;s pension</source>
        <translation>% de la pension du défunt</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Survivants</translation>
    </message>
    <message>
        <source>Spouse&apos;s pension as a share of the pension the deceased drew or had earned. 0 % awards no new spouse pensions.</source>
        <translation>Pension du conjoint survivant en part de la pension que le défunt percevait ou avait acquise. 0&#xa0;% n&apos;attribue aucune nouvelle pension de conjoint.</translation>
    </message>
    <message>
        <source>Indexation: wage share</source>
        <translation>Indexation&#xa0;: part des salaires</translation>
    </message>
    <message>
        <source>% weight on wages</source>
        <translation>% de pondération des salaires</translation>
    </message>
    <message>
        <source>Indexation</source>
        <translation>Indexation</translation>
    </message>
    <message>
        <source>Pensions in payment rise each January by this mix of wage growth and price inflation (0 % = prices, 100 % = wages).</source>
        <translation>Les pensions en cours de service sont revalorisées chaque janvier selon ce mélange de croissance des salaires et d&apos;inflation des prix (0&#xa0;% = prix, 100&#xa0;% = salaires).</translation>
    </message>
    <message>
        <source>Administration cost</source>
        <translation>Frais d&apos;administration</translation>
    </message>
    <message>
        <source>% of contributions</source>
        <translation>% des cotisations</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Administrative expenses as a share of contribution income.</source>
        <translation>Frais d&apos;administration en part des recettes de cotisations.</translation>
    </message>
    <message>
        <source>State subsidy</source>
        <translation>Subvention de l&apos;État</translation>
    </message>
    <message>
        <source>% of expenditure</source>
        <translation>% des dépenses</translation>
    </message>
    <message>
        <source>State budget transfer to the scheme as a share of its benefit expenditure.</source>
        <translation>Transfert du budget de l&apos;État au régime, en part de ses dépenses de prestations.</translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation>Pension de base</translation>
    </message>
    <message>
        <source>A non-contributory pension financed by the state budget, outside the reserve: universal or pension-tested.</source>
        <translation>Pension non contributive financée par le budget de l&apos;État, hors réserve&#xa0;: universelle ou soumise à condition de non-cumul avec une pension.</translation>
    </message>
    <message>
        <source>Basic pension age</source>
        <translation>Âge de la pension de base</translation>
    </message>
    <message>
        <source>Age from which the basic pension is paid.</source>
        <translation>Âge à partir duquel la pension de base est versée.</translation>
    </message>
    <message>
        <source>Basic pension level</source>
        <translation>Montant de la pension de base</translation>
    </message>
    <message>
        <source>% of GDP per capita</source>
        <translation>% du PIB par habitant</translation>
    </message>
    <message>
        <source>Annual benefit as a share of GDP per head of population.</source>
        <translation>Prestation annuelle en part du PIB par habitant.</translation>
    </message>
    <message>
        <source>Take-up</source>
        <translation>Taux de recours</translation>
    </message>
    <message>
        <source>% of eligible</source>
        <translation>% des ayants droit</translation>
    </message>
    <message>
        <source>Share of the eligible who claim the basic pension.</source>
        <translation>Part des ayants droit qui demandent la pension de base.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>% of benefits</source>
        <translation>% des prestations</translation>
    </message>
    <message>
        <source>Delivery cost as a share of the benefits paid.</source>
        <translation>Coût de gestion en part des prestations versées.</translation>
    </message>
    <message>
        <source>Pensionable age, men and women</source>
        <translation>Âge d&apos;admission à la pension, hommes et femmes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>wages</source>
        <translation>salaires</translation>
    </message>
    <message>
        <source>{count} year</source>
        <translation>{count} an</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} ans</translation>
    </message>
</context>
<context>
    <name>levers_panel</name>
    <message>
        <source>Reset all levers</source>
        <translation>Rétablir tous les leviers</translation>
    </message>
    <message>
        <source>Set every lever of this reform back to the baseline (undoable).</source>
        <translation>Ramener chaque levier de cette réforme à la valeur de référence (annulable).</translation>
    </message>
    <message>
        <source>Editing &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Modification de &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a reform to change levers; the baseline is the workbook.</source>
        <translation>Ajoutez une réforme pour modifier des leviers&#xa0;; le scénario de référence est le classeur.</translation>
    </message>
    <message>
        <source>No workbook is open: the levers appear once a scheme&apos;s workbook is open.</source>
        <translation>Aucun classeur n&apos;est ouvert&#xa0;: les leviers apparaissent une fois ouvert le classeur d&apos;un régime.</translation>
    </message>
    <message>
        <source>Reset all levers ({count} changed)</source>
        <translation>Rétablir tous les leviers (modifiés&#xa0;: {count})</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Reform Studio projects a pension scheme described in an Excel workbook, then compares reforms with it. Open a scheme&apos;s workbook, or start from one of the samples.</source>
        <translation>Reform Studio projette un régime de pensions décrit dans un classeur Excel, puis lui compare des réformes. Ouvrez le classeur d&apos;un régime ou partez de l&apos;un des exemples.</translation>
    </message>
    <message>
        <source>Open workbook…</source>
        <translation>Ouvrir un classeur…</translation>
    </message>
    <message>
        <source>Open the {name} sample</source>
        <translation>Ouvrir l&apos;exemple {name}</translation>
    </message>
    <message>
        <source>The bundled sample workbook {file}, with its illustrative reforms.</source>
        <translation>Le classeur d&apos;exemple fourni {file}, avec ses réformes illustratives.</translation>
    </message>
    <message>
        <source>New workbook from template…</source>
        <translation>Nouveau classeur à partir du modèle…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading this workbook (Esc).</source>
        <translation>Arrêter la lecture de ce classeur (Échap).</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>No workbook is open</source>
        <translation>Aucun classeur n&apos;est ouvert</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Reforms</source>
        <translation>Réformes</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Leviers</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>⚠ {count} warning</source>
        <translation>⚠ {count} avertissement</translation>
    </message>
    <message>
        <source>⚠ {count} warnings</source>
        <translation>⚠ {count} avertissements</translation>
    </message>
    <message>
        <source>This reform cannot be projected: {message}</source>
        <translation>Cette réforme ne peut pas être projetée&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Presentation mode: Space or PageDown for the next reform, PageUp for the previous one, Esc to leave.</source>
        <translation>Mode présentation&#xa0;: Espace ou Page suivante pour la réforme suivante, Page précédente pour la précédente, Échap pour quitter.</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} sur {count}</translation>
    </message>
    <message>
        <source>Space or PageDown: next reform; PageUp: previous; Esc: leave presentation mode.</source>
        <translation>Espace ou Page suivante&#xa0;: réforme suivante&#xa0;; Page précédente&#xa0;: précédente&#xa0;; Échap&#xa0;: quitter le mode présentation.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Open workbook</source>
        <translation>Ouvrir un classeur</translation>
    </message>
    <message>
        <source>Open scenarios</source>
        <translation>Ouvrir des scénarios</translation>
    </message>
    <message>
        <source>Save scenarios / save as</source>
        <translation>Enregistrer les scénarios / enregistrer sous</translation>
    </message>
    <message>
        <source>Export comparison workbook</source>
        <translation>Exporter le classeur de comparaison</translation>
    </message>
    <message>
        <source>Export chart image</source>
        <translation>Exporter l&apos;image du graphique</translation>
    </message>
    <message>
        <source>Export chart data (CSV)</source>
        <translation>Exporter les données du graphique (CSV)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>While a workbook is being read with no other open: stop reading it</source>
        <translation>Pendant la lecture d&apos;un classeur, aucun autre n&apos;étant ouvert&#xa0;: arrêter la lecture</translation>
    </message>
    <message>
        <source>Reforms and levers</source>
        <translation>Réformes et leviers</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Annuler / rétablir</translation>
    </message>
    <message>
        <source>Add, duplicate, rename, delete a reform</source>
        <translation>Ajouter, dupliquer, renommer, supprimer une réforme</translation>
    </message>
    <message>
        <source>In the list of reforms: choose the reform to edit; tick or untick it (draw it)</source>
        <translation>Dans la liste des réformes&#xa0;: choisir la réforme à modifier&#xa0;; la cocher ou la décocher (la tracer)</translation>
    </message>
    <message>
        <source>Next / previous control: the reforms, the levers, the charts, the key figures</source>
        <translation>Élément suivant / précédent&#xa0;: les réformes, les leviers, les graphiques, les chiffres clés</translation>
    </message>
    <message>
        <source>On a lever&apos;s slider: a step, ten steps, the ends</source>
        <translation>Sur le curseur d&apos;un levier&#xa0;: un pas, dix pas, les extrémités</translation>
    </message>
    <message>
        <source>In a lever&apos;s field: a step, or the value typed</source>
        <translation>Dans le champ d&apos;un levier&#xa0;: un pas, ou la valeur saisie</translation>
    </message>
    <message>
        <source>Show a chart (or Left / Right on the chart tabs)</source>
        <translation>Afficher un graphique (ou Gauche / Droite sur les onglets des graphiques)</translation>
    </message>
    <message>
        <source>Chart as table (Ctrl+C copies)</source>
        <translation>Graphique en tableau (Ctrl+C copie)</translation>
    </message>
    <message>
        <source>Presentation mode (Space/PageDown: next reform, PageUp: previous, Esc: leave)</source>
        <translation>Mode présentation (Espace/Page suivante&#xa0;: réforme suivante, Page précédente&#xa0;: précédente, Échap&#xa0;: quitter)</translation>
    </message>
    <message>
        <source>These shortcuts</source>
        <translation>Ces raccourcis</translation>
    </message>
    <message>
        <source>With an underlined letter: open a menu, or choose an entry in an open menu</source>
        <translation>Avec une lettre soulignée&#xa0;: ouvrir un menu, ou choisir une entrée d&apos;un menu ouvert</translation>
    </message>
    <message>
        <source>Analyses and panels</source>
        <translation>Analyses et panneaux</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Close this list (Enter or Esc).</source>
        <translation>Fermer cette liste (Entrée ou Échap).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open workbook…</source>
        <translation>&amp;Ouvrir un classeur…</translation>
    </message>
    <message>
        <source>Open a scheme workbook; every problem in it is listed if it cannot be used.</source>
        <translation>Ouvrir le classeur d&apos;un régime&#xa0;; s&apos;il est inutilisable, chacun de ses problèmes est listé.</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un classeur ré&amp;cent</translation>
    </message>
    <message>
        <source>&amp;New workbook from template…</source>
        <translation>&amp;Nouveau classeur à partir du modèle…</translation>
    </message>
    <message>
        <source>Write an empty input workbook to fill in for a new scheme.</source>
        <translation>Écrire un classeur de données vide à remplir pour un nouveau régime.</translation>
    </message>
    <message>
        <source>O&amp;pen scenarios…</source>
        <translation>Ouvrir des &amp;scénarios…</translation>
    </message>
    <message>
        <source>Open a saved set of reforms.</source>
        <translation>Ouvrir un ensemble de réformes enregistré.</translation>
    </message>
    <message>
        <source>&amp;Save scenarios</source>
        <translation>&amp;Enregistrer les scénarios</translation>
    </message>
    <message>
        <source>Save the reforms to their scenario file.</source>
        <translation>Enregistrer les réformes dans leur fichier de scénarios.</translation>
    </message>
    <message>
        <source>Save scenarios &amp;as…</source>
        <translation>Enregistrer les scénarios so&amp;us…</translation>
    </message>
    <message>
        <source>Save the reforms to a new scenario file.</source>
        <translation>Enregistrer les réformes dans un nouveau fichier de scénarios.</translation>
    </message>
    <message>
        <source>Export chart &amp;image…</source>
        <translation>Exporter l&apos;&amp;image du graphique…</translation>
    </message>
    <message>
        <source>Save the chart on screen as PNG, SVG or PDF.</source>
        <translation>Enregistrer le graphique affiché en PNG, SVG ou PDF.</translation>
    </message>
    <message>
        <source>Export chart &amp;data (CSV)…</source>
        <translation>Exporter les &amp;données du graphique (CSV)…</translation>
    </message>
    <message>
        <source>Save the numbers of the chart on screen as a CSV table (opens in Excel).</source>
        <translation>Enregistrer les chiffres du graphique affiché dans un tableau CSV (s&apos;ouvre dans Excel).</translation>
    </message>
    <message>
        <source>&amp;Export comparison workbook…</source>
        <translation>Exporter le classeur de compa&amp;raison…</translation>
    </message>
    <message>
        <source>Write an Excel workbook comparing the baseline with every reform.</source>
        <translation>Écrire un classeur Excel comparant le scénario de référence à chaque réforme.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Leave Reform Studio.</source>
        <translation>Quitter Reform Studio.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Reset all &amp;levers</source>
        <translation>Rétablir tous les &amp;leviers</translation>
    </message>
    <message>
        <source>Set every lever of the reform being edited back to the baseline.</source>
        <translation>Ramener chaque levier de la réforme en cours de modification à la valeur de référence.</translation>
    </message>
    <message>
        <source>&amp;Reform</source>
        <translation>&amp;Réforme</translation>
    </message>
    <message>
        <source>&amp;Add reform</source>
        <translation>&amp;Ajouter une réforme</translation>
    </message>
    <message>
        <source>Add a reform that starts equal to the baseline.</source>
        <translation>Ajouter une réforme, au départ identique au scénario de référence.</translation>
    </message>
    <message>
        <source>&amp;Duplicate reform</source>
        <translation>&amp;Dupliquer la réforme</translation>
    </message>
    <message>
        <source>Copy the selected reform.</source>
        <translation>Copier la réforme sélectionnée.</translation>
    </message>
    <message>
        <source>&amp;Rename reform</source>
        <translation>Re&amp;nommer la réforme</translation>
    </message>
    <message>
        <source>Rename the selected reform.</source>
        <translation>Renommer la réforme sélectionnée.</translation>
    </message>
    <message>
        <source>De&amp;lete reform</source>
        <translation>&amp;Supprimer la réforme</translation>
    </message>
    <message>
        <source>Delete the selected reform (undoable).</source>
        <translation>Supprimer la réforme sélectionnée (annulable).</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Full screen with large charts; Space steps through the reforms, Esc leaves.</source>
        <translation>Plein écran avec de grands graphiques&#xa0;; Espace passe d&apos;une réforme à l&apos;autre, Échap quitte.</translation>
    </message>
    <message>
        <source>Chart &amp;{number}: {title}</source>
        <translation>Graphique &amp;{number}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Show the chart: {title}.</source>
        <translation>Afficher le graphique&#xa0;: {title}.</translation>
    </message>
    <message>
        <source>Chart as &amp;table</source>
        <translation>Graphique en &amp;tableau</translation>
    </message>
    <message>
        <source>Switch the chart on screen between the drawing and a table of its numbers.</source>
        <translation>Basculer le graphique affiché entre le tracé et un tableau de ses chiffres.</translation>
    </message>
    <message>
        <source>&amp;Reforms list</source>
        <translation>Liste des &amp;réformes</translation>
    </message>
    <message>
        <source>Le&amp;vers</source>
        <translation>Le&amp;viers</translation>
    </message>
    <message>
        <source>Show or hide this panel: {name}.</source>
        <translation>Afficher ou masquer ce panneau&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts.</source>
        <translation>Lister les raccourcis clavier.</translation>
    </message>
    <message>
        <source>&amp;About Reform Studio</source>
        <translation>À &amp;propos de Reform Studio</translation>
    </message>
    <message>
        <source>Version, model version, build, data sources and licences.</source>
        <translation>Version, version du modèle, compilation, sources des données et licences.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>An existing file of that name was left unchanged.</source>
        <translation>Un fichier existant de ce nom a été laissé tel quel.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved in {folder}</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être enregistré dans {folder}</translation>
    </message>
    <message>
        <source>{where}: that drive is read-only. Choose another folder, for example your Documents folder.</source>
        <translation>{where}&#xa0;: ce lecteur est en lecture seule. Choisissez un autre dossier, par exemple votre dossier Documents.</translation>
    </message>
    <message>
        <source>The disk is full: {where}. Free some space, or choose another drive, and try again.</source>
        <translation>Le disque est plein&#xa0;: {where}. Libérez de l&apos;espace ou choisissez un autre lecteur, puis réessayez.</translation>
    </message>
    <message>
        <source>{where}: the name is too long for that drive. Choose a shorter name or a shorter folder path.</source>
        <translation>{where}&#xa0;: le nom est trop long pour ce lecteur. Choisissez un nom plus court ou un chemin de dossier plus court.</translation>
    </message>
    <message>
        <source>{where}: the folder no longer exists (a drive disconnected?). Choose an existing folder.</source>
        <translation>{where}&#xa0;: le dossier n&apos;existe plus (lecteur déconnecté&#xa0;?). Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>{where}: the file is open in another program (close it there), or the folder is read-only for you (choose another one).</source>
        <translation>{where}&#xa0;: le fichier est ouvert dans un autre programme (fermez-le là-bas), ou le dossier est en lecture seule pour vous (choisissez-en un autre).</translation>
    </message>
    <message>
        <source>{where} ({detail}). Try again, or choose another folder.</source>
        <translation>{where} ({detail}). Réessayez ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{where}. Try again, or choose another folder.</source>
        <translation>{where}. Réessayez ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{where}. Try again, or choose another folder; the details are in the log file.</source>
        <translation>{where}. Réessayez ou choisissez un autre dossier&#xa0;; les détails figurent dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>&apos;{text}&apos; is not a number: write it as {example}</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre&#xa0;: écrivez-le comme {example}</translation>
    </message>
</context>
<context>
    <name>parameters</name>
    <message>
        <source>optional label</source>
        <translation>libellé facultatif</translation>
    </message>
    <message>
        <source>Exampleland</source>
        <translation>Pays exemple</translation>
    </message>
    <message>
        <source>optional label (default: the file name)</source>
        <translation>libellé facultatif (par défaut&#xa0;: le nom du fichier)</translation>
    </message>
    <message>
        <source>Example pension scheme</source>
        <translation>Exemple de régime de pensions</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>first projection year; data are at 1 January</source>
        <translation>première année de projection&#xa0;; les données sont au 1er janvier</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>10 to 150; empty = 75</source>
        <translation>de 10 à 150&#xa0;; vide = 75</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>fraction décimale</translation>
    </message>
    <message>
        <source>of the insurable wage (0.18 = 18 %)</source>
        <translation>du salaire assurable (0,18 = 18&#xa0;%)</translation>
    </message>
    <message>
        <source>whole number, 40 to 80</source>
        <translation>nombre entier, de 40 à 80</translation>
    </message>
    <message>
        <source>fraction per year</source>
        <translation>fraction décimale par an</translation>
    </message>
    <message>
        <source>pension per year of service, of the reference wage</source>
        <translation>taux d&apos;annuité&#xa0;: pension par année de service, en fraction du salaire de référence</translation>
    </message>
    <message>
        <source>final years averaged; at most pensionable age - 15</source>
        <translation>dernières années dont on fait la moyenne&#xa0;; au plus l&apos;âge d&apos;admission à la pension moins 15</translation>
    </message>
    <message>
        <source>none | prices | wages</source>
        <translation>none | prices | wages, en anglais (sans revalorisation, selon les prix, selon les salaires)</translation>
    </message>
    <message>
        <source>0 = prices, 1 = wages</source>
        <translation>0 = prix, 1 = salaires</translation>
    </message>
    <message>
        <source>share of a year contributed</source>
        <translation>part de l&apos;année cotisée</translation>
    </message>
    <message>
        <source>of contribution income</source>
        <translation>des recettes de cotisations</translation>
    </message>
    <message>
        <source>of benefit expenditure</source>
        <translation>des dépenses de prestations</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>monnaie</translation>
    </message>
    <message>
        <source>reserve at 1 January base year</source>
        <translation>réserve au 1er janvier de l&apos;année de base</translation>
    </message>
    <message>
        <source>optional: floor on new pensions, of the average wage; empty = none</source>
        <translation>facultatif&#xa0;: plancher des nouvelles pensions, en fraction du salaire moyen&#xa0;; vide = aucun</translation>
    </message>
    <message>
        <source>optional: cap on new pensions, of the own reference wage; empty = none</source>
        <translation>facultatif&#xa0;: plafond des nouvelles pensions, en fraction du salaire de référence du pensionné&#xa0;; vide = aucun</translation>
    </message>
    <message>
        <source>TRUE/FALSE</source>
        <translation>VRAI/FAUX (ou 1/0)</translation>
    </message>
    <message>
        <source>optional non-contributory pension from the state budget</source>
        <translation>pension non contributive facultative, financée par le budget de l&apos;État</translation>
    </message>
    <message>
        <source>required when the basic pension is enabled</source>
        <translation>obligatoire si la pension de base est activée</translation>
    </message>
    <message>
        <source>required when enabled: benefit as a share of GDP per capita</source>
        <translation>obligatoire si elle est activée&#xa0;: prestation en fraction du PIB par habitant</translation>
    </message>
    <message>
        <source>universal | pension_tested; empty = universal</source>
        <translation>universal | pension_tested, en anglais (universelle, sous condition de non-cumul avec une pension)&#xa0;; vide = universal</translation>
    </message>
    <message>
        <source>empty = 1</source>
        <translation>vide = 1</translation>
    </message>
    <message>
        <source>empty = 0</source>
        <translation>vide = 0</translation>
    </message>
    <message>
        <source>empty = in force from the base year</source>
        <translation>vide = en vigueur dès l&apos;année de base</translation>
    </message>
    <message>
        <source>sd of log wage</source>
        <translation>écart type du log du salaire</translation>
    </message>
    <message>
        <source>optional, 0 to 2: spread of earnings within a cohort (10 earnings classes); typically 0.4 to 0.8; empty = 0, everyone earns the cohort&apos;s average</source>
        <translation>facultatif, de 0 à 2&#xa0;: dispersion des salaires au sein d&apos;une cohorte (10 classes de salaire)&#xa0;; en général de 0,4 à 0,8&#xa0;; vide = 0, chacun perçoit le salaire moyen de sa cohorte</translation>
    </message>
    <message>
        <source>optional, 0 to 1: spread of service within a cohort, h (5 service classes from 1 - 0.8 h to 1 + 0.8 h times the cohort&apos;s service); typically 0.3 to 0.6; empty = 0</source>
        <translation>facultatif, de 0 à 1&#xa0;: dispersion des années de service au sein d&apos;une cohorte, h (5 classes de service, de 1 - 0,8 h à 1 + 0,8 h fois le service de la cohorte)&#xa0;; en général de 0,3 à 0,6&#xa0;; vide = 0</translation>
    </message>
    <message>
        <source>times the average wage</source>
        <translation>fois le salaire moyen</translation>
    </message>
    <message>
        <source>optional, above 0 up to 10: wages above this multiple of the average wage are neither contributed on nor pensioned; typically 2 to 5; empty = no ceiling</source>
        <translation>facultatif, plus de 0 et au plus 10&#xa0;: la part des salaires au-delà de ce multiple du salaire moyen n&apos;est ni soumise à cotisation ni prise en compte pour la pension&#xa0;; en général de 2 à 5&#xa0;; vide = pas de plafond</translation>
    </message>
    <message>
        <source>optional qualifying period, whole years 0 to 50: with less service no pension, only the old-age grant; typically 10 to 20; empty = 0</source>
        <translation>stage facultatif, en années entières de 0 à 50&#xa0;: avec moins d&apos;années de service, pas de pension, seulement l&apos;allocation de vieillesse&#xa0;; en général de 10 à 20&#xa0;; vide = 0</translation>
    </message>
    <message>
        <source>fraction per year of service</source>
        <translation>fraction décimale par année de service</translation>
    </message>
    <message>
        <source>optional: lump sum for members short of the qualifying period, per year of service, of their reference wage; typically 0.05 to 0.15; empty = 0</source>
        <translation>facultatif&#xa0;: versement en capital aux assurés qui n&apos;ont pas accompli le stage, par année de service, en fraction de leur salaire de référence&#xa0;; en général de 0,05 à 0,15&#xa0;; vide = 0</translation>
    </message>
    <message>
        <source>optional, whole years 0 to 50: service needed for a disability pension; typically 1 to 5; empty = 0</source>
        <translation>facultatif, en années entières de 0 à 50&#xa0;: stage requis pour une pension d&apos;invalidité&#xa0;; en général de 1 à 5&#xa0;; vide = 0</translation>
    </message>
    <message>
        <source>optional, 0 to 1: share of the years from disablement to the pensionable age credited as service; typically 0.5 to 1; empty = 0</source>
        <translation>facultatif, de 0 à 1&#xa0;: part des années entre la survenance de l&apos;invalidité et l&apos;âge d&apos;admission à la pension validée comme service&#xa0;; en général de 0,5 à 1&#xa0;; vide = 0</translation>
    </message>
    <message>
        <source>times qx</source>
        <translation>fois qx</translation>
    </message>
    <message>
        <source>optional, 1 to 10: disability pensioners&apos; mortality as a multiple of the population&apos;s; typically 1.5 to 3; empty = 1</source>
        <translation>facultatif, de 1 à 10&#xa0;: mortalité des pensionnés d&apos;invalidité, en multiple de celle de la population&#xa0;; en général de 1,5 à 3&#xa0;; vide = 1</translation>
    </message>
    <message>
        <source>optional, 0 to 1: a spouse&apos;s pension, of the deceased&apos;s pension; typically 0.5 to 0.6; empty = 0, no spouses&apos; pensions are awarded</source>
        <translation>facultatif, de 0 à 1&#xa0;: pension du conjoint survivant, en fraction de la pension du défunt&#xa0;; en général de 0,5 à 0,6&#xa0;; vide = 0, aucune pension de conjoint n&apos;est attribuée</translation>
    </message>
    <message>
        <source>optional, 0 to 1: each orphan&apos;s pension, of the deceased&apos;s pension; typically 0.1 to 0.25; empty = 0, no orphans&apos; pensions are awarded</source>
        <translation>facultatif, de 0 à 1&#xa0;: pension de chaque orphelin, en fraction de la pension du défunt&#xa0;; en général de 0,1 à 0,25&#xa0;; vide = 0, aucune pension d&apos;orphelin n&apos;est attribuée</translation>
    </message>
    <message>
        <source>optional, whole years 1 to 30: orphans are paid until this age; typically 18 to 25; empty = 18</source>
        <translation>facultatif, en années entières de 1 à 30&#xa0;: les orphelins sont servis jusqu&apos;à cet âge&#xa0;; en général de 18 à 25&#xa0;; vide = 18</translation>
    </message>
    <message>
        <source>optional, whole years -20 to 20: husband&apos;s age minus wife&apos;s; typically 2 to 5; empty = 0</source>
        <translation>facultatif, en années entières de -20 à 20&#xa0;: âge du mari moins celui de l&apos;épouse&#xa0;; en général de 2 à 5&#xa0;; vide = 0</translation>
    </message>
    <message>
        <source>optional, whole years 0 to 50: service a contributor needs to leave survivors&apos; pensions; typically 0 to 5; empty = 0</source>
        <translation>facultatif, en années entières de 0 à 50&#xa0;: stage qu&apos;un cotisant doit avoir accompli pour ouvrir droit à des pensions de survivants&#xa0;; en général de 0 à 5&#xa0;; vide = 0</translation>
    </message>
    <message>
        <source>optional, 0 to 10: lump sum on the death of a contributor or pensioner, of the average wage; typically 0.1 to 0.5; empty = 0</source>
        <translation>facultatif, de 0 à 10&#xa0;: allocation pour frais funéraires, capital versé au décès d&apos;un cotisant ou d&apos;un pensionné, en multiple du salaire moyen&#xa0;; en général de 0,1 à 0,5&#xa0;; vide = 0</translation>
    </message>
    <message>
        <source>nominal GDP in the base year</source>
        <translation>PIB nominal de l&apos;année de base</translation>
    </message>
    <message>
        <source>annual; or give it in EconomyByYear</source>
        <translation>annuelle&#xa0;; ou donnez-la année par année dans EconomyByYear</translation>
    </message>
    <message>
        <source>annual, above inflation</source>
        <translation>annuelle, au-delà de l&apos;inflation</translation>
    </message>
    <message>
        <source>annual, nominal</source>
        <translation>annuel, nominal</translation>
    </message>
    <message>
        <source>of the labour force</source>
        <translation>de la population active</translation>
    </message>
    <message>
        <source>children per woman</source>
        <translation>enfants par femme</translation>
    </message>
    <message>
        <source>in the base year; not given where DemographyByYear has tfr</source>
        <translation>de l&apos;année de base&#xa0;; à omettre si DemographyByYear a une colonne tfr</translation>
    </message>
    <message>
        <source>reached in tfr_target_year</source>
        <translation>valeur atteinte l&apos;année tfr_target_year</translation>
    </message>
    <message>
        <source>after the base year</source>
        <translation>postérieure à l&apos;année de base</translation>
    </message>
    <message>
        <source>males per female</source>
        <translation>garçons par fille</translation>
    </message>
    <message>
        <source>e.g. 1.05</source>
        <translation>p. ex. 1,05</translation>
    </message>
    <message>
        <source>not given where Mortality has improvement columns</source>
        <translation>à omettre si la feuille Mortality a des colonnes d&apos;amélioration</translation>
    </message>
    <message>
        <source>persons per year</source>
        <translation>personnes par an</translation>
    </message>
    <message>
        <source>0 for none; non-zero needs the Migration sheet</source>
        <translation>0 s&apos;il n&apos;y en a pas&#xa0;; une valeur non nulle exige la feuille Migration</translation>
    </message>
    <message>
        <source>optional: standard deviation of {rate} around its path; empty = {default}</source>
        <translation>facultatif&#xa0;: écart type de «&#xa0;{rate}&#xa0;» autour de sa trajectoire&#xa0;; vide = {default}</translation>
    </message>
    <message>
        <source>optional: AR(1) coefficient of its deviations; empty = {default}</source>
        <translation>facultatif&#xa0;: coefficient AR(1) de ses écarts&#xa0;; vide = {default}</translation>
    </message>
    <message>
        <source>optional: correlation of the annual shocks to {a} and {b}; empty = {default}</source>
        <translation>facultatif&#xa0;: corrélation des chocs annuels de «&#xa0;{a}&#xa0;» et de «&#xa0;{b}&#xa0;»&#xa0;; vide = {default}</translation>
    </message>
    <message>
        <source>optional: the low setting of {assumption} (added); empty = {default}; low and high both 0 = not tested</source>
        <translation>facultatif&#xa0;: valeur basse du test «&#xa0;{assumption}&#xa0;» (ajoutée)&#xa0;; vide = {default}&#xa0;; valeurs basse et haute toutes deux à 0 = non testée</translation>
    </message>
    <message>
        <source>optional: the high setting of {assumption} (added); empty = {default}; low and high both 0 = not tested</source>
        <translation>facultatif&#xa0;: valeur haute du test «&#xa0;{assumption}&#xa0;» (ajoutée)&#xa0;; vide = {default}&#xa0;; valeurs basse et haute toutes deux à 0 = non testée</translation>
    </message>
    <message>
        <source>optional: the low setting of {assumption} (multiplier); empty = {default}; low and high both 1 = not tested</source>
        <translation>facultatif&#xa0;: valeur basse du test «&#xa0;{assumption}&#xa0;» (multiplicateur)&#xa0;; vide = {default}&#xa0;; valeurs basse et haute toutes deux à 1 = non testée</translation>
    </message>
    <message>
        <source>optional: the high setting of {assumption} (multiplier); empty = {default}; low and high both 1 = not tested</source>
        <translation>facultatif&#xa0;: valeur haute du test «&#xa0;{assumption}&#xa0;» (multiplicateur)&#xa0;; vide = {default}&#xa0;; valeurs basse et haute toutes deux à 1 = non testée</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <source>optional group of 4 columns: disability pensioners by own age and sex</source>
        <translation>groupe facultatif de 4 colonnes&#xa0;: pensionnés d&apos;invalidité selon leur âge et leur sexe</translation>
    </message>
    <message>
        <source>average annual disability pension, in the scheme&apos;s currency</source>
        <translation>pension d&apos;invalidité annuelle moyenne, dans la monnaie du régime</translation>
    </message>
    <message>
        <source>optional group of 4 columns: spouses drawing a survivor&apos;s pension, by the spouse&apos;s own age and sex</source>
        <translation>groupe facultatif de 4 colonnes&#xa0;: conjoints titulaires d&apos;une pension de survivant, selon l&apos;âge et le sexe du conjoint lui-même</translation>
    </message>
    <message>
        <source>average annual survivor&apos;s pension, in the scheme&apos;s currency</source>
        <translation>pension de survivant annuelle moyenne, dans la monnaie du régime</translation>
    </message>
    <message>
        <source>optional group of 2 columns: orphans drawing a pension, by the orphan&apos;s age (both sexes); blank or 0 from orphan_age_limit up</source>
        <translation>groupe facultatif de 2 colonnes&#xa0;: orphelins titulaires d&apos;une pension, selon l&apos;âge de l&apos;orphelin (les deux sexes)&#xa0;; vide ou 0 à partir de orphan_age_limit</translation>
    </message>
    <message>
        <source>average annual orphan&apos;s pension, in the scheme&apos;s currency</source>
        <translation>pension d&apos;orphelin annuelle moyenne, dans la monnaie du régime</translation>
    </message>
    <message>
        <source>probability that a contributor of this age and sex becomes disabled within the year; typically 0.001 at 20 rising to 0.01 near the pensionable age</source>
        <translation>probabilité qu&apos;un cotisant de cet âge et de ce sexe devienne invalide dans l&apos;année&#xa0;; en général 0,001 à 20 ans, jusqu&apos;à 0,01 près de l&apos;âge d&apos;admission à la pension</translation>
    </message>
    <message>
        <source>by the age and sex of the deceased: probability of leaving a spouse entitled to a pension; typically 0.7 to 0.8 in mid-life, lower in old age</source>
        <translation>selon l&apos;âge et le sexe du défunt&#xa0;: probabilité de laisser un conjoint ayant droit à une pension&#xa0;; en général de 0,7 à 0,8 à l&apos;âge mûr, moins aux grands âges</translation>
    </message>
    <message>
        <source>average number of orphans entitled to a pension left by one death, 0 to 10; typically up to 1.5 in mid-life</source>
        <translation>nombre moyen d&apos;orphelins ayant droit à une pension laissés par un décès, de 0 à 10&#xa0;; en général jusqu&apos;à 1,5 à l&apos;âge mûr</translation>
    </message>
    <message>
        <source>their average age at the death, whole years below orphan_age_limit</source>
        <translation>leur âge moyen au décès, en années entières, inférieur à orphan_age_limit</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>feuille «&#xa0;{sheet}&#xa0;»</translation>
    </message>
    <message>
        <source>cell {cell}</source>
        <translation>cellule {cell}</translation>
    </message>
    <message>
        <source>lever &apos;{lever}&apos;</source>
        <translation>levier «&#xa0;{lever}&#xa0;»</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{source}: </source>
        <translation>{source}&#xa0;: </translation>
    </message>
    <message>
        <source>{count} problems:</source>
        <translation>{count} problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>  … and {count} more like these</source>
        <translation>  … et {count} autres du même genre</translation>
    </message>
</context>
<context>
    <name>pyramid</name>
    <message>
        <source>Men {year}</source>
        <translation>Hommes {year}</translation>
    </message>
    <message>
        <source>Women {year}</source>
        <translation>Femmes {year}</translation>
    </message>
    <message>
        <source>{column} (persons)</source>
        <translation>{column} (personnes)</translation>
    </message>
    <message>
        <source>Age (100 = 100 and over)</source>
        <translation>Âge (100 = 100 ans et plus)</translation>
    </message>
    <message>
        <source>Persons at 1 January (men left, women right)</source>
        <translation>Personnes au 1er janvier (hommes à gauche, femmes à droite)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Population by age and sex, {year}</source>
        <translation>Population par âge et sexe, {year}</translation>
    </message>
    <message>
        <source>Population by age and sex, {year} (bars) and {later} (outline)</source>
        <translation>Population par âge et sexe, {year} (barres) et {later} (contour)</translation>
    </message>
    <message>
        <source>Age {age}: men {men}, women {women}</source>
        <translation>Âge {age}&#xa0;: hommes {men}, femmes {women}</translation>
    </message>
    <message>
        <source>Age {age}: {year} men {men}, women {women} · {later} men {later_men}, women {later_women}</source>
        <translation>Âge {age}&#xa0;: {year} hommes {men}, femmes {women} · {later} hommes {later_men}, femmes {later_women}</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Your reforms could not be copied for recovery (the application data folder cannot be written); save them with File › Save scenarios.</source>
        <translation>Vos réformes n&apos;ont pas pu être copiées pour la récupération (impossible d&apos;écrire dans le dossier des données de l&apos;application)&#xa0;; enregistrez-les avec Fichier › Enregistrer les scénarios.</translation>
    </message>
    <message>
        <source>A Reform Studio window did not close normally (its last copy was made on {when}).</source>
        <translation>Une fenêtre de Reform Studio ne s&apos;est pas fermée normalement (sa dernière copie date du {when}).</translation>
    </message>
    <message>
        <source>A Reform Studio window did not close normally.</source>
        <translation>Une fenêtre de Reform Studio ne s&apos;est pas fermée normalement.</translation>
    </message>
    <message>
        <source>{count} reform for {workbook} had changes that were not saved.</source>
        <translation>{count} réforme pour {workbook} comportait des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>{count} reforms for {workbook} had changes that were not saved.</source>
        <translation>{count} réformes pour {workbook} comportaient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>{count} reform had changes that were not saved.</source>
        <translation>{count} réforme comportait des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>{count} reforms had changes that were not saved.</source>
        <translation>{count} réformes comportaient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Restore unsaved reforms?</source>
        <translation>Restaurer les réformes non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Restore them in this window? (No discards them.)</source>
        <translation>Les restaurer dans cette fenêtre&#xa0;? («&#xa0;Non&#xa0;» les abandonne.)</translation>
    </message>
    <message>
        <source>Opening {name} was cancelled, so the unsaved reforms made for it were not restored; they are offered again the next time Reform Studio starts.</source>
        <translation>L&apos;ouverture de {name} a été annulée&#xa0;; les réformes non enregistrées faites pour ce classeur n&apos;ont donc pas été restaurées. Elles seront proposées de nouveau au prochain démarrage de Reform Studio.</translation>
    </message>
    <message>
        <source>Reforms not restored</source>
        <translation>Réformes non restaurées</translation>
    </message>
    <message>
        <source>The unsaved reforms were made for {name}, which cannot be opened ({path}). They belong to that workbook, so they were not restored here; they are offered again the next time Reform Studio starts.</source>
        <translation>Les réformes non enregistrées ont été faites pour {name}, qui ne peut pas être ouvert ({path}). Elles appartiennent à ce classeur et n&apos;ont donc pas été restaurées ici&#xa0;; elles seront proposées de nouveau au prochain démarrage de Reform Studio.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Baseline</source>
        <translation>Scénario de référence</translation>
    </message>
    <message>
        <source>reserve depleted in: {year}</source>
        <translation>année d&apos;épuisement de la réserve&#xa0;: {year}</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>au-delà de l&apos;horizon de projection</translation>
    </message>
    <message>
        <source>general average premium (GAP): {rate} of insurable wages</source>
        <translation>prime moyenne générale (PMG)&#xa0;: {rate} des salaires assurables</translation>
    </message>
    <message>
        <source>PAYG cost rate</source>
        <translation>taux de coût par répartition</translation>
    </message>
    <message>
        <source>contribution rate</source>
        <translation>taux de cotisation</translation>
    </message>
    <message>
        <source>reserve ratio (years)</source>
        <translation>ratio de réserve (années)</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>the workbook has no sheets: start from the template (reform-studio template).</source>
        <translation>le classeur n&apos;a aucune feuille&#xa0;: partez du modèle (reform-studio template).</translation>
    </message>
    <message>
        <source>none of the sheets of an input workbook ({sheets}) was found: this does not look like a Reform Studio input workbook; start from the template (reform-studio template).</source>
        <translation>aucune des feuilles d&apos;un classeur de données ({sheets}) n&apos;a été trouvée&#xa0;: ce classeur ne semble pas être un classeur de données de Reform Studio&#xa0;; partez du modèle (reform-studio template).</translation>
    </message>
    <message>
        <source> (the sheet &apos;{near}&apos; looks like it: rename it &apos;{name}&apos;)</source>
        <translation> (la feuille «&#xa0;{near}&#xa0;» y ressemble&#xa0;: renommez-la «&#xa0;{name}&#xa0;»)</translation>
    </message>
    <message>
        <source>the sheet &apos;{name}&apos; is missing{hint}.</source>
        <translation>la feuille «&#xa0;{name}&#xa0;» manque{hint}.</translation>
    </message>
    <message>
        <source>the optional sheet &apos;{name}&apos; was not found{hint}; sheet names are matched ignoring case and outer spaces only.</source>
        <translation>la feuille facultative «&#xa0;{name}&#xa0;» est introuvable{hint}&#xa0;; les noms de feuilles sont comparés sans tenir compte des majuscules ni des espaces en début et en fin, et de rien d&apos;autre.</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; gives it year by year</source>
        <translation>la feuille «&#xa0;{sheet}&#xa0;» la donne année par année</translation>
    </message>
    <message>
        <source> (or give it year by year on sheet &apos;{sheet}&apos;)</source>
        <translation> (ou donnez-la année par année sur la feuille «&#xa0;{sheet}&#xa0;»)</translation>
    </message>
    <message>
        <source>the tfr column of sheet &apos;DemographyByYear&apos; replaces the tfr keys</source>
        <translation>la colonne tfr de la feuille «&#xa0;DemographyByYear&#xa0;» remplace les clés tfr</translation>
    </message>
    <message>
        <source>the Mortality sheet has improvement columns</source>
        <translation>la feuille «&#xa0;Mortality&#xa0;» a des colonnes d&apos;amélioration de la mortalité</translation>
    </message>
    <message>
        <source> (or give improvement_male and improvement_female columns on sheet &apos;Mortality&apos;)</source>
        <translation> (ou donnez les colonnes improvement_male et improvement_female sur la feuille «&#xa0;Mortality&#xa0;»)</translation>
    </message>
    <message>
        <source>tfr_target_year is {target}, not after the base year {base}: the target is reached in a later year.</source>
        <translation>tfr_target_year vaut {target}, qui n&apos;est pas postérieure à l&apos;année de base {base}&#xa0;: la cible est atteinte une année ultérieure.</translation>
    </message>
    <message>
        <source>reference_period_years is {period}, longer than {name} ({age}) - 15 = {limit}: the reference period must fit in a working life from age 15.</source>
        <translation>reference_period_years vaut {period}, plus que {name} ({age}) - 15 = {limit}&#xa0;: la période de référence doit tenir dans une vie active commencée à 15 ans.</translation>
    </message>
    <message>
        <source>{name} for {year} is {age}, so reference_period_years ({period}) is longer than the age - 15 = {limit}: raise this age to at least {least} or shorten the reference period.</source>
        <translation>{name} pour {year} vaut {age}, donc reference_period_years ({period}) dépasse l&apos;âge - 15 = {limit}&#xa0;: relevez cet âge à {least} au moins ou raccourcissez la période de référence.</translation>
    </message>
    <message>
        <source> when basic_pension_enabled is TRUE</source>
        <translation> lorsque basic_pension_enabled vaut TRUE</translation>
    </message>
    <message>
        <source>net migration is {value} but the workbook has no Migration sheet: add one with the age and sex profile of migrants, or write 0 for no migration.</source>
        <translation>le solde migratoire vaut {value}, mais le classeur n&apos;a pas de feuille «&#xa0;Migration&#xa0;»&#xa0;: ajoutez-en une avec la répartition des migrants par âge et par sexe, ou écrivez 0 s&apos;il n&apos;y a pas de migration.</translation>
    </message>
    <message>
        <source>the profile sums to 0 over all ages, so a net migration of {value} cannot be spread over ages: fill in the profile.</source>
        <translation>la répartition totalise 0 sur l&apos;ensemble des âges&#xa0;: un solde migratoire de {value} ne peut pas être réparti par âge&#xa0;; remplissez la répartition.</translation>
    </message>
    <message>
        <source>the Scheme key orphan_age_limit in {cell}</source>
        <translation>la clé orphan_age_limit de la feuille «&#xa0;Scheme&#xa0;», en {cell}</translation>
    </message>
    <message>
        <source>the default; orphan_age_limit is not given</source>
        <translation>la valeur par défaut&#xa0;; orphan_age_limit n&apos;est pas indiquée</translation>
    </message>
    <message>
        <source>{limit} or more</source>
        <translation>égal ou supérieur à {limit}</translation>
    </message>
    <message>
        <source>lower it, or raise orphan_age_limit</source>
        <translation>abaissez-le, ou relevez orphan_age_limit</translation>
    </message>
    <message>
        <source>not 0</source>
        <translation>différent de 0</translation>
    </message>
    <message>
        <source>leave it blank or 0 from age {limit} up, or raise orphan_age_limit</source>
        <translation>laissez la cellule vide ou à 0 à partir de {limit} ans, ou relevez orphan_age_limit</translation>
    </message>
    <message>
        <source>{name} is {what} at ages {ages} (first in {first}), but orphans are paid only below the orphan age limit, {limit} ({source}): {fix}.</source>
        <translation>{name} est {what} aux âges {ages} (d&apos;abord en {first}), or les pensions d&apos;orphelin ne sont servies qu&apos;en deçà de la limite d&apos;âge des orphelins, {limit} ({source})&#xa0;: {fix}.</translation>
    </message>
    <message>
        <source>{name} is {what} at age {ages} (first in {first}), but orphans are paid only below the orphan age limit, {limit} ({source}): {fix}.</source>
        <translation>{name} est {what} à l&apos;âge {ages} (d&apos;abord en {first}), or les pensions d&apos;orphelin ne sont servies qu&apos;en deçà de la limite d&apos;âge des orphelins, {limit} ({source})&#xa0;: {fix}.</translation>
    </message>
    <message>
        <source>the population is 0 at every age.</source>
        <translation>la population est nulle à tous les âges.</translation>
    </message>
    <message>
        <source>nobody is in the labour force (lfpr times population is 0 at every age): GDP and wages cannot be projected.</source>
        <translation>personne n&apos;est actif (lfpr multiplié par la population est nul à tous les âges)&#xa0;: le PIB et les salaires ne peuvent pas être projetés.</translation>
    </message>
    <message>
        <source>asfr is 0 at every age: births cannot be spread over the ages of mothers.</source>
        <translation>asfr est nul à tous les âges&#xa0;: les naissances ne peuvent pas être réparties selon l&apos;âge des mères.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>open it in Excel and save it as an Excel Workbook (.xlsx)</source>
        <translation>ouvrez-le dans Excel et enregistrez-le au format Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>is damaged or uses a compression Excel does not write: open it in Excel and save it again as .xlsx</source>
        <translation>est endommagé ou utilise une compression qu&apos;Excel n&apos;écrit pas&#xa0;: ouvrez-le dans Excel et enregistrez-le de nouveau au format .xlsx</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>classeur</translation>
    </message>
    <message>
        <source>reform</source>
        <translation>réforme</translation>
    </message>
    <message>
        <source>a list of parts</source>
        <translation>une liste des parties</translation>
    </message>
    <message>
        <source>a sheet list and defined names</source>
        <translation>une liste de feuilles et des noms définis</translation>
    </message>
    <message>
        <source>delete the names it does not need (Formulas &gt; Name Manager) and save it again</source>
        <translation>supprimez les noms inutiles (Formules &gt; Gestionnaire de noms) et enregistrez-le de nouveau</translation>
    </message>
    <message>
        <source>cell styles</source>
        <translation>des styles de cellule</translation>
    </message>
    <message>
        <source>copy the input sheets into a new workbook made from the template (File &gt; New workbook from template, or reform-studio template), which has few styles</source>
        <translation>copiez les feuilles de données dans un nouveau classeur créé à partir du modèle (Fichier &gt; Nouveau classeur à partir du modèle, ou reform-studio template), qui a peu de styles</translation>
    </message>
    <message>
        <source>shared strings (the text of its cells)</source>
        <translation>des chaînes partagées (le texte de ses cellules)</translation>
    </message>
    <message>
        <source>keep only the input sheets and save it again</source>
        <translation>ne gardez que les feuilles de données et enregistrez-le de nouveau</translation>
    </message>
    <message>
        <source>a part</source>
        <translation>une partie</translation>
    </message>
    <message>
        <source>is larger than the {size} a {kind} may be; it is refused for safety</source>
        <translation>dépasse les {size} autorisés pour un fichier de {kind}&#xa0;; il est refusé par sécurité</translation>
    </message>
    <message>
        <source>is a folder, not a {kind} file</source>
        <translation>est un dossier, pas un fichier de {kind}</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>is {what}, not a regular file: save the {kind} as a file and give the path of that file</source>
        <translation>est {what}, pas un fichier ordinaire&#xa0;: enregistrez le fichier de {kind} sur le disque et indiquez le chemin de ce fichier</translation>
    </message>
    <message>
        <source>was not found</source>
        <translation>est introuvable</translation>
    </message>
    <message>
        <source>cannot be opened ({reason}); if it is open in Excel, close it there</source>
        <translation>ne peut pas être ouvert ({reason})&#xa0;; s&apos;il est ouvert dans Excel, fermez-le</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count} Mo</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count} Ko</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; {what}.</source>
        <translation>«&#xa0;{name}&#xa0;» {what}.</translation>
    </message>
    <message>
        <source>is empty (0 bytes): {advice} again</source>
        <translation>est vide (0 octet)&#xa0;: {advice} de nouveau</translation>
    </message>
    <message>
        <source>is damaged or incomplete (perhaps a download or copy that did not finish): copy it again, or {advice}</source>
        <translation>est endommagé ou incomplet (peut-être un téléchargement ou une copie interrompus)&#xa0;: copiez-le de nouveau, ou {advice}</translation>
    </message>
    <message>
        <source>is protected with a password (encrypted), so it cannot be read: open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it as .xlsx</source>
        <translation>est protégé par un mot de passe (chiffré) et ne peut donc pas être lu&#xa0;: ouvrez-le dans Excel, supprimez le mot de passe (Fichier &gt; Informations &gt; Protéger le classeur) et enregistrez-le au format .xlsx</translation>
    </message>
    <message>
        <source>is an Excel 97-2003 workbook (.xls), which Reform Studio does not read: {advice}</source>
        <translation>est un classeur Excel 97-2003 (.xls), que Reform Studio ne lit pas&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>is a text (CSV) file, not a workbook: open it in Excel, arrange it as the template, and save it as an Excel Workbook (.xlsx)</source>
        <translation>est un fichier texte (CSV), pas un classeur&#xa0;: ouvrez-le dans Excel, disposez-le comme le modèle et enregistrez-le au format Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx) despite its {suffix} name: {advice}</source>
        <translation>n&apos;est pas un classeur Excel (.xlsx) malgré son extension {suffix}&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx): {advice}</source>
        <translation>n&apos;est pas un classeur Excel (.xlsx)&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>is an Excel Binary Workbook (.xlsb), which Reform Studio does not read: {advice}</source>
        <translation>est un classeur binaire Excel (.xlsb), que Reform Studio ne lit pas&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>holds {count} parts, far more than any workbook; it is refused for safety</source>
        <translation>contient {count} parties, bien plus qu&apos;aucun classeur&#xa0;; il est refusé par sécurité</translation>
    </message>
    <message>
        <source>is an OpenDocument spreadsheet (.ods): open it in LibreOffice or Excel and save it as an Excel Workbook (.xlsx)</source>
        <translation>est un classeur OpenDocument (.ods)&#xa0;: ouvrez-le dans LibreOffice ou Excel et enregistrez-le au format Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>is a zip archive but not an Excel workbook: {advice}</source>
        <translation>est une archive zip mais pas un classeur Excel&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>would unpack to {size}, more than the {limit} an input workbook may take; it is refused for safety: keep only the input sheets</source>
        <translation>occuperait {size} une fois décompressé, plus que les {limit} autorisés pour un classeur de données&#xa0;; il est refusé par sécurité&#xa0;: ne gardez que les feuilles de données</translation>
    </message>
    <message>
        <source>has a part ({part}) compressed {ratio} to 1, which only a &apos;zip bomb&apos; does; it is refused for safety</source>
        <translation>a une partie ({part}) compressée {ratio} fois, ce que seule une «&#xa0;bombe zip&#xa0;» fait&#xa0;; il est refusé par sécurité</translation>
    </message>
    <message>
        <source>has a large sheet part ({part}, {size}) that does not declare its size, as files saved by Excel do: {advice}</source>
        <translation>a une grande feuille ({part}, {size}) qui ne déclare pas sa taille, contrairement aux fichiers enregistrés par Excel&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>{part} and {other}</source>
        <translation>{part} et {other}</translation>
    </message>
    <message>
        <source>holds two parts named {names}, so its content is ambiguous (each program may read a different one); it is refused: {advice} again</source>
        <translation>contient deux parties nommées {names}&#xa0;: son contenu est donc ambigu (chaque programme peut lire une partie différente)&#xa0;; il est refusé&#xa0;: {advice} de nouveau</translation>
    </message>
    <message>
        <source>{size}, over the {limit} an input workbook may have</source>
        <translation>{size}, plus que les {limit} autorisés pour un classeur de données</translation>
    </message>
    <message>
        <source>over {count} XML elements; an input workbook needs far fewer</source>
        <translation>plus de {count} éléments XML&#xa0;; un classeur de données en demande bien moins</translation>
    </message>
    <message>
        <source>holds more than {count} XML elements outside its sheets (styles, names, text and other parts), far more than any input workbook; it is refused for safety: {advice}</source>
        <translation>contient plus de {count} éléments XML hors de ses feuilles (styles, noms, texte et autres parties), bien plus qu&apos;aucun classeur de données&#xa0;; il est refusé par sécurité&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>has {what} ({part}) too large to read safely ({detail}): {advice}</source>
        <translation>a {what} ({part}) d&apos;une taille trop grande pour une lecture sans risque ({detail})&#xa0;: {advice}</translation>
    </message>
</context>
<context>
    <name>samples</name>
    <message>
        <source>Career-average benefits</source>
        <translation>Pensions sur le salaire moyen de carrière</translation>
    </message>
    <message>
        <source>New pensions on a 35-year career-average wage revalued with prices, and the accrual rate down from 2 % to 1.6 % in steps of 0.1 point a year from 2027.</source>
        <translation>Nouvelles pensions calculées sur le salaire moyen de 35 années de carrière revalorisé selon les prix, et taux d&apos;annuité ramené de 2&#xa0;% à 1,6&#xa0;% par paliers de 0,1 point par an à partir de 2027.</translation>
    </message>
    <message>
        <source>More contributions and a larger state transfer</source>
        <translation>Plus de cotisations et une subvention de l&apos;État accrue</translation>
    </message>
    <message>
        <source>Contribution rate from 33 % to 36 % in steps of half a point a year from 2027, and the state transfer from 25 % to 30 % of expenditure from 2027.</source>
        <translation>Taux de cotisation porté de 33&#xa0;% à 36&#xa0;% par paliers d&apos;un demi-point par an à partir de 2027, et subvention de l&apos;État portée de 25&#xa0;% à 30&#xa0;% des dépenses à partir de 2027.</translation>
    </message>
    <message>
        <source>Raise the pension age to 70</source>
        <translation>Âge d&apos;admission à la pension relevé à 70 ans</translation>
    </message>
    <message>
        <source>Pensionable age for men and women from 67 to 70, one year every three years from 2027 (68 in 2027, 70 in 2033).</source>
        <translation>Âge d&apos;admission à la pension des hommes et des femmes porté de 67 à 70 ans, d&apos;un an tous les trois ans à partir de 2027 (68 ans en 2027, 70 ans en 2033).</translation>
    </message>
    <message>
        <source>Spouse&apos;s pension 60 % to 50 %</source>
        <translation>Pension de conjoint survivant de 60&#xa0;% à 50&#xa0;%</translation>
    </message>
    <message>
        <source>Survivors&apos; pensions awarded to spouses from 2027 are 50 % of the deceased&apos;s pension instead of 60 %; those already paid are unchanged.</source>
        <translation>Les pensions de survivants attribuées aux conjoints à partir de 2027 sont de 50&#xa0;% de la pension du défunt au lieu de 60&#xa0;%&#xa0;; celles déjà servies ne changent pas.</translation>
    </message>
    <message>
        <source>Pension-tested basic pension at 70</source>
        <translation>Pension de base à 70 ans (non-cumul)</translation>
    </message>
    <message>
        <source>A state-financed basic pension of 8 % of GDP per head from age 70 for those without a scheme pension, from 2027 (take-up 80 %, administration 5 % of benefits). Outside the scheme&apos;s reserve.</source>
        <translation>Une pension de base financée par l&apos;État, de 8&#xa0;% du PIB par habitant, dès 70 ans pour les personnes sans pension du régime, à partir de 2027 (taux de recours 80&#xa0;%, coût de gestion 5&#xa0;% des prestations). Hors de la réserve du régime.</translation>
    </message>
    <message>
        <source>Extend coverage</source>
        <translation>Extension de la couverture</translation>
    </message>
    <message>
        <source>A quarter of the employed who do not contribute today are brought into the scheme, phased in linearly from 2027 to 2040.</source>
        <translation>Un quart des actifs occupés qui ne cotisent pas aujourd&apos;hui entrent dans le régime, progressivement et linéairement de 2027 à 2040.</translation>
    </message>
    <message>
        <source>Index pensions to prices</source>
        <translation>Pensions indexées sur les prix</translation>
    </message>
    <message>
        <source>Pensions in payment follow prices only from January 2026 instead of a half-wages, half-prices mix.</source>
        <translation>Les pensions en cours de service suivent les seuls prix à partir de janvier 2026, au lieu d&apos;une combinaison pour moitié salaires, pour moitié prix.</translation>
    </message>
    <message>
        <source>Qualifying period of 15 years with an age grant</source>
        <translation>Stage de 15 ans avec allocation de vieillesse</translation>
    </message>
    <message>
        <source>From 2027 an old-age pension needs 15 years of service (none today); members short of it get an age grant of 12 % of their reference wage per year of service, about the contributions they paid.</source>
        <translation>À partir de 2027, une pension de vieillesse exige 15 années de service (aucune aujourd&apos;hui)&#xa0;; les assurés qui n&apos;ont pas accompli ce stage reçoivent une allocation de vieillesse de 12&#xa0;% de leur salaire de référence par année de service, soit à peu près les cotisations versées.</translation>
    </message>
    <message>
        <source>Contributions up to 15 %</source>
        <translation>Cotisations portées à 15&#xa0;%</translation>
    </message>
    <message>
        <source>Contribution rate from 12 % to 15 % of the insurable wage in steps of half a point a year from 2027 (15 % in 2032).</source>
        <translation>Taux de cotisation porté de 12&#xa0;% à 15&#xa0;% du salaire assurable par paliers d&apos;un demi-point par an à partir de 2027 (15&#xa0;% en 2032).</translation>
    </message>
    <message>
        <source>Raise the pension age to 65</source>
        <translation>Âge d&apos;admission à la pension relevé à 65 ans</translation>
    </message>
    <message>
        <source>Pensionable age for men and women from 60 to 65, one year every two years from 2028 (61 in 2028, 65 in 2036).</source>
        <translation>Âge d&apos;admission à la pension des hommes et des femmes porté de 60 à 65 ans, d&apos;un an tous les deux ans à partir de 2028 (61 ans en 2028, 65 ans en 2036).</translation>
    </message>
</context>
<context>
    <name>scenario_chart</name>
    <message>
        <source>currency</source>
        <translation>monnaie</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>years</source>
        <translation>années</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>scenarios</name>
    <message>
        <source>the file is not UTF-8 text; is it really a JSON file?</source>
        <translation>le fichier n&apos;est pas du texte UTF-8&#xa0;; est-ce bien un fichier JSON&#xa0;?</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}, column {column}: {problem}</source>
        <translation>JSON non valide à la ligne {line}, colonne {column}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the JSON is nested more than {levels} levels of brackets deep; a reform file nests 4 levels</source>
        <translation>le JSON imbrique plus de {levels} niveaux de crochets et d&apos;accolades&#xa0;; un fichier de réforme en imbrique 4</translation>
    </message>
    <message>
        <source>{name} is not a number a reform can use</source>
        <translation>{name} n&apos;est pas un nombre utilisable dans une réforme</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; is given twice in one object (JSON readers would silently keep the last one): remove one of them</source>
        <translation>la clé «&#xa0;{key}&#xa0;» figure deux fois dans un même objet (les lecteurs JSON garderaient la dernière sans le dire)&#xa0;: supprimez l&apos;une des deux</translation>
    </message>
    <message>
        <source>this is not a Reform Studio scenario file</source>
        <translation>ce n&apos;est pas un fichier de scénarios de Reform Studio</translation>
    </message>
    <message>
        <source>scenario file version {version} is newer than this application reads ({readable}); update Reform Studio</source>
        <translation>la version {version} du fichier de scénarios est plus récente que celle que lit cette application ({readable})&#xa0;; mettez Reform Studio à jour</translation>
    </message>
    <message>
        <source>&apos;reforms&apos; must be a list</source>
        <translation>«&#xa0;reforms&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>Reform {number}</source>
        <translation>Réforme {number}</translation>
    </message>
    <message>
        <source>reform {number}: {problem}</source>
        <translation>réforme {number}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the reference period of {period} years is longer than the pensionable age ({age}) minus 15</source>
        <translation>la période de référence de {period} ans dépasse l&apos;âge d&apos;admission à la pension ({age}) moins 15</translation>
    </message>
</context>
<context>
    <name>scenarios_panel</name>
    <message>
        <source>{name}: {count} lever changed.</source>
        <translation>{name}&#xa0;: {count} levier modifié.</translation>
    </message>
    <message>
        <source>{name}: {count} levers changed.</source>
        <translation>{name}&#xa0;: {count} leviers modifiés.</translation>
    </message>
    <message>
        <source>Tick to draw it (up to {most}); double-click to rename.</source>
        <translation>Cochez pour la tracer (jusqu&apos;à {most})&#xa0;; double-cliquez pour la renommer.</translation>
    </message>
    <message>
        <source>At most {most} reforms can be drawn at once; untick one first.</source>
        <translation>{most} réformes au plus peuvent être tracées à la fois&#xa0;; décochez-en d&apos;abord une.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baseline&lt;/b&gt; (the workbook; always drawn)</source>
        <translation>&lt;b&gt;Référence&lt;/b&gt; (le classeur&#xa0;; toujours tracé)</translation>
    </message>
    <message>
        <source>The baseline is the scheme as the workbook describes it; reforms are changes to it.</source>
        <translation>Le scénario de référence est le régime tel que le classeur le décrit&#xa0;; les réformes le modifient.</translation>
    </message>
    <message>
        <source>Reforms: select one to edit its levers, tick up to four to draw them.</source>
        <translation>Réformes&#xa0;: sélectionnez-en une pour modifier ses leviers, cochez-en jusqu&apos;à quatre pour les tracer.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a new reform (starts equal to the baseline). Ctrl+N</source>
        <translation>Ajouter une nouvelle réforme (au départ identique au scénario de référence). Ctrl+N</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Copy the selected reform. Ctrl+D</source>
        <translation>Copier la réforme sélectionnée. Ctrl+D</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the selected reform. F2</source>
        <translation>Renommer la réforme sélectionnée. F2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected reform (undoable).</source>
        <translation>Supprimer la réforme sélectionnée (annulable).</translation>
    </message>
</context>
<context>
    <name>solve_dialog</name>
    <message>
        <source>Solve for a target</source>
        <translation>Résoudre pour un objectif</translation>
    </message>
    <message>
        <source>The lever to move; every other lever stays as the reform sets it.</source>
        <translation>Le levier à déplacer&#xa0;; tous les autres restent tels que la réforme les fixe.</translation>
    </message>
    <message>
        <source>The year the target looks at; the lowest value means the end of the horizon.</source>
        <translation>L&apos;année visée par l&apos;objectif&#xa0;; la valeur la plus basse désigne la fin de l&apos;horizon.</translation>
    </message>
    <message>
        <source>Through year</source>
        <translation>Jusqu&apos;à l&apos;année</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Levier</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Find the least ambitious setting of the lever that meets the target.</source>
        <translation>Trouver la valeur la moins ambitieuse du levier qui atteint l&apos;objectif.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Rate of year</source>
        <translation>Taux de l&apos;année</translation>
    </message>
    <message>
        <source>In year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>whole horizon</source>
        <translation>tout l&apos;horizon</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>dernière année</translation>
    </message>
    <message>
        <source>Goal: {goal}.</source>
        <translation>Objectif&#xa0;: {goal}.</translation>
    </message>
    <message>
        <source>Editing &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Modification de &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No reform selected: solving for the &lt;b&gt;baseline&lt;/b&gt;; Apply adds a new reform.</source>
        <translation>Aucune réforme sélectionnée&#xa0;: résolution pour le &lt;b&gt;scénario de référence&lt;/b&gt;&#xa0;; Appliquer ajoute une nouvelle réforme.</translation>
    </message>
    <message>
        <source>Add as new reform</source>
        <translation>Ajouter comme nouvelle réforme</translation>
    </message>
    <message>
        <source>now {value}</source>
        <translation>actuellement {value}</translation>
    </message>
    <message>
        <source>meets the target</source>
        <translation>atteint l&apos;objectif</translation>
    </message>
    <message>
        <source>not reachable in the range searched</source>
        <translation>hors d&apos;atteinte dans la plage explorée</translation>
    </message>
    <message>
        <source>{lever}: {value}</source>
        <translation>{lever}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>With {value}</source>
        <translation>Avec {value}</translation>
    </message>
    <message>
        <source>Reserve depleted in</source>
        <translation>Réserve épuisée en</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>PMG</translation>
    </message>
    <message>
        <source>Replacement rate in {year}</source>
        <translation>Taux de remplacement en {year}</translation>
    </message>
    <message>
        <source>Cannot solve: {message}</source>
        <translation>Résolution impossible&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Applied to the reform; Ctrl+Z undoes it.</source>
        <translation>Appliqué à la réforme&#xa0;; Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>The reform has changed since this answer: solve again to apply it.</source>
        <translation>La réforme a changé depuis cette réponse&#xa0;: résolvez de nouveau pour l&apos;appliquer.</translation>
    </message>
    <message>
        <source>Nothing in the range searched meets the target, so there is nothing to apply.</source>
        <translation>Rien dans la plage explorée n&apos;atteint l&apos;objectif&#xa0;: il n&apos;y a donc rien à appliquer.</translation>
    </message>
    <message>
        <source>The reform already has this value.</source>
        <translation>La réforme a déjà cette valeur.</translation>
    </message>
    <message>
        <source>Solved for {target}.</source>
        <translation>Résolu pour {target}.</translation>
    </message>
    <message>
        <source>Solve {lever} for {target}</source>
        <translation>Résoudre {lever} pour {target}</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Frontière</translation>
    </message>
    <message>
        <source>Solve for a &amp;target…</source>
        <translation>Résoudre pour un &amp;objectif…</translation>
    </message>
    <message>
        <source>Find the setting of one lever that meets a target, such as a reserve that never runs out.</source>
        <translation>Trouver la valeur d&apos;un levier qui atteint un objectif, par exemple une réserve qui ne s&apos;épuise jamais.</translation>
    </message>
    <message>
        <source>Reform &amp;frontier…</source>
        <translation>&amp;Frontière des réformes…</translation>
    </message>
    <message>
        <source>Show the settings of two levers that just meet a target, and where the reform stands.</source>
        <translation>Afficher les valeurs de deux leviers qui atteignent tout juste un objectif, et la position de la réforme.</translation>
    </message>
    <message>
        <source>&amp;Frontier</source>
        <translation>&amp;Frontière</translation>
    </message>
    <message>
        <source>Show or hide the reform frontier panel.</source>
        <translation>Afficher ou masquer le panneau de la frontière des réformes.</translation>
    </message>
</context>
<context>
    <name>source</name>
    <message>
        <source>the sheet has more than {rows} rows; an input workbook needs a few hundred: remove the extra rows.</source>
        <translation>la feuille a plus de {rows} lignes&#xa0;; un classeur de données en compte quelques centaines&#xa0;: supprimez les lignes en trop.</translation>
    </message>
    <message>
        <source>the cell holds {count} characters of text, more than Excel allows in a cell: this is not a workbook made in Excel.</source>
        <translation>la cellule contient {count} caractères de texte, plus qu&apos;Excel n&apos;en admet dans une cellule&#xa0;: ce classeur n&apos;a pas été fait dans Excel.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; contains XML entity or DTD declarations, which an Excel workbook never has; it is refused for safety: {advice}.</source>
        <translation>«&#xa0;{file}&#xa0;» contient des déclarations d&apos;entités XML ou de DTD, qu&apos;un classeur Excel n&apos;a jamais&#xa0;; il est refusé par sécurité&#xa0;: {advice}.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; could not be read as an Excel workbook ({reason}): {advice}.</source>
        <translation>«&#xa0;{file}&#xa0;» n&apos;a pas pu être lu comme un classeur Excel ({reason})&#xa0;: {advice}.</translation>
    </message>
    <message>
        <source>two sheets are named &apos;{first}&apos; and &apos;{second}&apos;: names are matched ignoring case and spaces, so rename or delete one.</source>
        <translation>deux feuilles s&apos;appellent «&#xa0;{first}&#xa0;» et «&#xa0;{second}&#xa0;»&#xa0;: les noms sont comparés sans tenir compte des majuscules ni des espaces, renommez ou supprimez l&apos;une d&apos;elles.</translation>
    </message>
</context>
<context>
    <name>specs</name>
    <message>
        <source>Old-age pensions</source>
        <translation>Pensions de vieillesse</translation>
    </message>
    <message>
        <source>Disability pensions</source>
        <translation>Pensions d&apos;invalidité</translation>
    </message>
    <message>
        <source>Survivors&apos; pensions</source>
        <translation>Pensions de survivants</translation>
    </message>
    <message>
        <source>Lump sums</source>
        <translation>Versements en capital</translation>
    </message>
    <message>
        <source>Old-age pensioners</source>
        <translation>Pensionnés de vieillesse</translation>
    </message>
    <message>
        <source>Disability pensioners</source>
        <translation>Pensionnés d&apos;invalidité</translation>
    </message>
    <message>
        <source>Spouses</source>
        <translation>Conjoints survivants</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orphelins</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Reserve at 31 December, as % of the year&apos;s GDP</source>
        <translation>Réserve au 31 décembre, en % du PIB de l&apos;année</translation>
    </message>
    <message>
        <source>Reserve, % of GDP</source>
        <translation>Réserve, % du PIB</translation>
    </message>
    <message>
        <source>Reserve at 31 December, nominal</source>
        <translation>Réserve au 31 décembre, nominale</translation>
    </message>
    <message>
        <source>Reserve, {currency} (nominal)</source>
        <translation>Réserve, {currency} (nominal)</translation>
    </message>
    <message>
        <source>Reserve ratio: reserve over the year&apos;s expenditure (until depletion)</source>
        <translation>Ratio de réserve&#xa0;: réserve rapportée aux dépenses de l&apos;année (jusqu&apos;à l&apos;épuisement)</translation>
    </message>
    <message>
        <source>Years of expenditure</source>
        <translation>Années de dépenses</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Ratio de réserve</translation>
    </message>
    <message>
        <source>The reserve at the end of each year as % of that year&apos;s GDP (nominal currency on request: a 75-year nominal path hides the years that matter), and how many years of expenditure it would pay. Below zero the reserve is a deficit the state would have to cover; the reserve ratio stops at depletion.</source>
        <translation>La réserve en fin d&apos;année en % du PIB de l&apos;année (en monnaie nominale sur demande&#xa0;: une trajectoire nominale sur 75 ans masque les années qui comptent), et le nombre d&apos;années de dépenses qu&apos;elle permettrait de payer. Sous zéro, la réserve est un déficit que l&apos;État devrait couvrir&#xa0;; le ratio de réserve s&apos;arrête à l&apos;épuisement.</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Taux de coût</translation>
    </message>
    <message>
        <source>% of insurable wages</source>
        <translation>% des salaires assurables</translation>
    </message>
    <message>
        <source>PAYG cost rate</source>
        <translation>Taux de coût par répartition</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Taux de cotisation</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>PMG</translation>
    </message>
    <message>
        <source>Contribution rate + state subsidy</source>
        <translation>Taux de cotisation + subvention de l&apos;État</translation>
    </message>
    <message>
        <source>The pay-as-you-go cost rate (expenditure and administration over the wage bill) against the contribution rate, the contribution rate plus the state subsidy (as % of the same wage bill: what finances the scheme), and the general average premium (GAP) that balances the scheme.</source>
        <translation>Le taux de coût par répartition (dépenses et frais d&apos;administration rapportés à la masse salariale) face au taux de cotisation, au taux de cotisation majoré de la subvention de l&apos;État (en % de la même masse salariale&#xa0;: ce qui finance le régime) et à la prime moyenne générale (PMG) qui équilibre le régime.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Contributors and pensioners</source>
        <translation>Cotisants et pensionnés</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Cotisants</translation>
    </message>
    <message>
        <source>Pensioners</source>
        <translation>Pensionnés</translation>
    </message>
    <message>
        <source>System dependency ratio</source>
        <translation>Rapport de dépendance du système</translation>
    </message>
    <message>
        <source>Pensioners per contributor</source>
        <translation>Pensionnés par cotisant</translation>
    </message>
    <message>
        <source>Contributors and pensioners, and the system dependency ratio (pensioners over contributors).</source>
        <translation>Cotisants et pensionnés, et le rapport de dépendance du système (pensionnés rapportés aux cotisants).</translation>
    </message>
    <message>
        <source>Cost to GDP</source>
        <translation>Coût / PIB</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <source>Scheme expenditure</source>
        <translation>Dépenses du régime</translation>
    </message>
    <message>
        <source>Basic pension cost</source>
        <translation>Coût de la pension de base</translation>
    </message>
    <message>
        <source>The scheme&apos;s benefit expenditure and the cost of the basic pension, as shares of GDP.</source>
        <translation>Les dépenses de prestations du régime et le coût de la pension de base, en parts du PIB.</translation>
    </message>
    <message>
        <source>Replacement rate</source>
        <translation>Taux de remplacement</translation>
    </message>
    <message>
        <source>% of average wage</source>
        <translation>% du salaire moyen</translation>
    </message>
    <message>
        <source>The average pension in payment as a share of the gross average wage (with a contribution ceiling, not the average insurable wage).</source>
        <translation>La pension moyenne servie en part du salaire moyen brut (avec un plafond de cotisation, pas le salaire assurable moyen).</translation>
    </message>
    <message>
        <source>Difference between two scenarios</source>
        <translation>Écart entre deux scénarios</translation>
    </message>
    <message>
        <source>pp of GDP</source>
        <translation>pt de PIB</translation>
    </message>
    <message>
        <source>{currency} (nominal)</source>
        <translation>{currency} (nominal)</translation>
    </message>
    <message>
        <source>Cost and contribution rates</source>
        <translation>Taux de coût et de cotisation</translation>
    </message>
    <message>
        <source>pp of wages</source>
        <translation>pt de salaires</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Cotisation</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>pp of average wage</source>
        <translation>pt du salaire moyen</translation>
    </message>
    <message>
        <source>Dependency ratio</source>
        <translation>Rapport de dépendance</translation>
    </message>
    <message>
        <source>One scenario minus another, year by year (A − B, chosen above the chart): the reserve as % of GDP, the PAYG cost rate beside the contribution rate, expenditure as % of GDP, the replacement rate and the system dependency ratio (pensioners per contributor) in percentage points (pp), contributors and pensioners in persons. Above zero, A is higher.</source>
        <translation>Un scénario moins un autre, année par année (A − B, choisis au-dessus du graphique)&#xa0;: la réserve en % du PIB, le taux de coût par répartition à côté du taux de cotisation, les dépenses en % du PIB, le taux de remplacement et le rapport de dépendance du système (pensionnés par cotisant) en points de pourcentage (pt), cotisants et pensionnés en personnes. Au-dessus de zéro, A est supérieur.</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Benefit expenditure by branch</source>
        <translation>Dépenses de prestations par branche</translation>
    </message>
    <message>
        <source>All benefits</source>
        <translation>Toutes prestations</translation>
    </message>
    <message>
        <source>The scheme&apos;s benefit expenditure as % of GDP, stacked by branch: old-age, disability and survivors&apos; (spouses&apos; and orphans&apos;) pensions, and lump sums (old-age and funeral grants); the baseline on the left, the reform being edited (or the first drawn) on the right.</source>
        <translation>Les dépenses de prestations du régime en % du PIB, empilées par branche&#xa0;: pensions de vieillesse, d&apos;invalidité et de survivants (conjoints et orphelins), et versements en capital (allocations de vieillesse et frais funéraires)&#xa0;; le scénario de référence à gauche, la réforme en cours de modification (ou la première tracée) à droite.</translation>
    </message>
    <message>
        <source>Pensioners by branch</source>
        <translation>Pensionnés par branche</translation>
    </message>
    <message>
        <source>All pensioners</source>
        <translation>Tous les pensionnés</translation>
    </message>
    <message>
        <source>Pensioners in payment, stacked by branch: old-age and disability pensioners, spouses and orphans; the baseline on the left, the reform being edited (or the first drawn) on the right.</source>
        <translation>Titulaires de pensions en cours de service, empilés par branche&#xa0;: pensionnés de vieillesse et d&apos;invalidité, conjoints survivants et orphelins&#xa0;; le scénario de référence à gauche, la réforme en cours de modification (ou la première tracée) à droite.</translation>
    </message>
</context>
<context>
    <name>standards</name>
    <message>
        <source>Old-age benefit, 30 years</source>
        <translation>Prestation de vieillesse, 30 ans</translation>
    </message>
    <message>
        <source>Old-age benefit at 125 % of average wage</source>
        <translation>Prestation de vieillesse à 125&#xa0;% du salaire moyen</translation>
    </message>
    <message>
        <source>Old-age qualifying period</source>
        <translation>Stage pour la pension de vieillesse</translation>
    </message>
    <message>
        <source>Reduced old-age benefit, 15 years</source>
        <translation>Prestation de vieillesse réduite, 15 ans</translation>
    </message>
    <message>
        <source>Pensionable age</source>
        <translation>Âge d&apos;admission à la pension</translation>
    </message>
    <message>
        <source>Invalidity benefit, 15 years</source>
        <translation>Prestation d&apos;invalidité, 15 ans</translation>
    </message>
    <message>
        <source>Invalidity qualifying period</source>
        <translation>Stage pour la pension d&apos;invalidité</translation>
    </message>
    <message>
        <source>Survivors&apos; benefit, 15 years</source>
        <translation>Prestation de survivants, 15 ans</translation>
    </message>
    <message>
        <source>Survivors&apos; qualifying period</source>
        <translation>Stage pour la pension de survivants</translation>
    </message>
    <message>
        <source>Adjustment of pensions in payment</source>
        <translation>Revalorisation des pensions en cours de service</translation>
    </message>
    <message>
        <source>Part V, Article 28 and the Schedule to Part XI</source>
        <translation>Partie V, article 28 et annexe à la partie XI</translation>
    </message>
    <message>
        <source>Part XI, Article 65(3) and (6)(d) and the Schedule to Part XI</source>
        <translation>Partie XI, article 65, paragraphes 3 et 6 d), et annexe à la partie XI</translation>
    </message>
    <message>
        <source>Part V, Article 29(2)</source>
        <translation>Partie V, article 29, paragraphe 2</translation>
    </message>
    <message>
        <source>Part V, Article 29(2) and (4)</source>
        <translation>Partie V, article 29, paragraphes 2 et 4</translation>
    </message>
    <message>
        <source>Part V, Article 26(2)</source>
        <translation>Partie V, article 26, paragraphe 2</translation>
    </message>
    <message>
        <source>Part IX, Article 56 and the Schedule to Part XI</source>
        <translation>Partie IX, article 56 et annexe à la partie XI</translation>
    </message>
    <message>
        <source>Part IX, Article 57(2)</source>
        <translation>Partie IX, article 57, paragraphe 2</translation>
    </message>
    <message>
        <source>Part X, Article 62 and the Schedule to Part XI</source>
        <translation>Partie X, article 62 et annexe à la partie XI</translation>
    </message>
    <message>
        <source>Part X, Article 63(2)</source>
        <translation>Partie X, article 63, paragraphe 2</translation>
    </message>
    <message>
        <source>Part XI, Article 65(10) and Article 66(8)</source>
        <translation>Partie XI, article 65, paragraphe 10, et article 66, paragraphe 8</translation>
    </message>
    <message>
        <source>Part III, Article 17, Article 26 and the Schedule to Part V</source>
        <translation>Partie III, article 17, article 26 et annexe à la partie V</translation>
    </message>
    <message>
        <source>Part V, Article 26(3) and (6)(d) and the Schedule to Part V</source>
        <translation>Partie V, article 26, paragraphes 3 et 6 d), et annexe à la partie V</translation>
    </message>
    <message>
        <source>Part III, Article 18(2)</source>
        <translation>Partie III, article 18, paragraphe 2</translation>
    </message>
    <message>
        <source>Part III, Article 18(2) and (4)</source>
        <translation>Partie III, article 18, paragraphes 2 et 4</translation>
    </message>
    <message>
        <source>Part III, Article 15(2)</source>
        <translation>Partie III, article 15, paragraphe 2</translation>
    </message>
    <message>
        <source>Part II, Article 10, Article 26 and the Schedule to Part V</source>
        <translation>Partie II, article 10, article 26 et annexe à la partie V</translation>
    </message>
    <message>
        <source>Part II, Article 11(2)</source>
        <translation>Partie II, article 11, paragraphe 2</translation>
    </message>
    <message>
        <source>Part IV, Article 23, Article 26 and the Schedule to Part V</source>
        <translation>Partie IV, article 23, article 26 et annexe à la partie V</translation>
    </message>
    <message>
        <source>Part IV, Article 24(2)</source>
        <translation>Partie IV, article 24, paragraphe 2</translation>
    </message>
    <message>
        <source>Part V, Article 29</source>
        <translation>Partie V, article 29</translation>
    </message>
    <message>
        <source>a higher age is allowed where the government justifies it (C102: the working ability of elderly persons; C128: demographic, economic and social criteria shown statistically)</source>
        <translation>un âge plus élevé est admis si le gouvernement le justifie (C102&#xa0;: la capacité de travail des personnes âgées&#xa0;; C128&#xa0;: des critères démographiques, économiques et sociaux démontrés statistiquement)</translation>
    </message>
    <message>
        <source>widow&apos;s and two orphans&apos; pensions together; also met where a benefit 10 points lower is secured after 5 years (C102 Article 63(3), C128 Article 24(3))</source>
        <translation>pensions de la veuve et de deux orphelins ensemble&#xa0;; également respecté si une prestation inférieure de 10 points est garantie après 5 ans (C102, article 63, paragraphe 3&#xa0;; C128, article 24, paragraphe 3)</translation>
    </message>
    <message>
        <source>the scheme&apos;s own pension; a supplement for a wife is not modelled; also met where a benefit 10 points lower is secured after 10 years (C102 Article 29(3), C128 Article 18(3))</source>
        <translation>la pension propre du régime&#xa0;; un supplément pour l&apos;épouse n&apos;est pas modélisé&#xa0;; également respecté si une prestation inférieure de 10 points est garantie après 10 ans (C102, article 29, paragraphe 3&#xa0;; C128, article 18, paragraphe 3)</translation>
    </message>
    <message>
        <source>also met where a benefit 10 points lower is secured after 5 years (C102 Article 57(3), C128 Article 11(3)); a supplement for a wife and children is not modelled</source>
        <translation>également respecté si une prestation inférieure de 10 points est garantie après 5 ans (C102, article 57, paragraphe 3&#xa0;; C128, article 11, paragraphe 3)&#xa0;; un supplément pour l&apos;épouse et les enfants n&apos;est pas modélisé</translation>
    </message>
    <message>
        <source>previous earnings at the skilled manual employee&apos;s wage, 125 % of the average wage: a ceiling or a maximum must still let him reach the line</source>
        <translation>gains antérieurs au salaire de l&apos;ouvrier qualifié, 125&#xa0;% du salaire moyen&#xa0;: un plafond ou un maximum doit encore lui permettre d&apos;atteindre le seuil</translation>
    </message>
    <message>
        <source>automatic indexation; an ad hoc review cannot be judged</source>
        <translation>revalorisation automatique&#xa0;; une révision ponctuelle ne peut pas être jugée</translation>
    </message>
    <message>
        <source>invalidity (the workbook has no Disability sheet)</source>
        <translation>invalidité (le classeur n&apos;a pas de feuille Disability)</translation>
    </message>
    <message>
        <source>survivors (the workbook has no Survivors sheet)</source>
        <translation>survivants (le classeur n&apos;a pas de feuille Survivors)</translation>
    </message>
</context>
<context>
    <name>standards_panel</name>
    <message>
        <source>Open a workbook: the baseline and the drawn reforms are checked against C102 and C128 here.</source>
        <translation>Ouvrez un classeur&#xa0;: le scénario de référence et les réformes tracées sont confrontés ici aux conventions C102 et C128.</translation>
    </message>
    <message>
        <source>Value: {worst}.</source>
        <translation>Valeur&#xa0;: {worst}.</translation>
    </message>
    <message>
        <source>Note: {note}.</source>
        <translation>Remarque&#xa0;: {note}.</translation>
    </message>
    <message>
        <source>How many of the conventions&apos; checks the scenario meets in every year, and the lines a reform crosses that the baseline meets.</source>
        <translation>Le nombre de contrôles des conventions que le scénario respecte chaque année, et les seuils qu&apos;une réforme franchit alors que le scénario de référence les respecte.</translation>
    </message>
    <message>
        <source>One tab per scenario: the baseline and the reforms drawn in the charts.</source>
        <translation>Un onglet par scénario&#xa0;: le scénario de référence et les réformes tracées dans les graphiques.</translation>
    </message>
    <message>
        <source>Hover a row for the convention&apos;s article and what the check cannot judge.</source>
        <translation>Survolez une ligne pour voir l&apos;article de la convention et ce que le contrôle ne peut pas juger.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; meets {met} of {count} checks in every year.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; respecte {met} contrôles sur {count} chaque année.</translation>
    </message>
    <message>
        <source>It crosses no line that the baseline meets.</source>
        <translation>Elle ne franchit aucun seuil que le scénario de référence respecte.</translation>
    </message>
    <message>
        <source>Not judged: {branches}.</source>
        <translation>Non jugé&#xa0;: {branches}.</translation>
    </message>
    <message>
        <source>ILO standards</source>
        <translation>Normes de l&apos;OIT</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>ILO &amp;standards (C102, C128)</source>
        <translation>&amp;Normes de l&apos;OIT (C102, C128)</translation>
    </message>
    <message>
        <source>Show or hide the check of every drawn scenario against ILO conventions C102 and C128: the standard beneficiary&apos;s benefit, qualifying periods, pensionable age and indexation, year by year.</source>
        <translation>Afficher ou masquer le contrôle de chaque scénario tracé au regard des conventions C102 et C128 de l&apos;OIT&#xa0;: prestation du bénéficiaire type, stages, âge d&apos;admission à la pension et revalorisation, année par année.</translation>
    </message>
</context>
<context>
    <name>standards_text</name>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Exigé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>First year not met</source>
        <translation>Première année non respectée</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} ans</translation>
    </message>
    <message>
        <source>{convention} art. {article}</source>
        <translation>{convention} art. {article}</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>NON respecté</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non respecté</translation>
    </message>
    <message>
        <source>met ({count} years)</source>
        <translation>respecté ({count} ans)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>respecté</translation>
    </message>
    <message>
        <source>lowest in {year}</source>
        <translation>minimum en {year}</translation>
    </message>
    <message>
        <source>highest in {year}</source>
        <translation>maximum en {year}</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>no header row with a column &apos;{key}&apos; was found in the first {rows} rows: the table starts with a row of column names.</source>
        <translation>aucune ligne d&apos;en-tête avec une colonne «&#xa0;{key}&#xa0;» n&apos;a été trouvée dans les {rows} premières lignes&#xa0;: le tableau commence par une ligne de noms de colonnes.</translation>
    </message>
    <message>
        <source>the column &apos;{name}&apos; appears again (first in {first}): keep one.</source>
        <translation>la colonne «&#xa0;{name}&#xa0;» apparaît une seconde fois (d&apos;abord en {first})&#xa0;: n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>there is no column headed &apos;{name}&apos;{why}: add it to the header row (for example in {free}).</source>
        <translation>il n&apos;y a pas de colonne intitulée «&#xa0;{name}&#xa0;»{why}&#xa0;: ajoutez-la à la ligne d&apos;en-tête (par exemple en {free}).</translation>
    </message>
    <message>
        <source>, and the columns {names} go together (give all or none)</source>
        <translation>, et les colonnes {names} vont ensemble (donnez-les toutes ou aucune)</translation>
    </message>
    <message>
        <source>this row has values but no age.</source>
        <translation>cette ligne a des valeurs mais pas d&apos;âge.</translation>
    </message>
    <message>
        <source>this row has values but no year.</source>
        <translation>cette ligne a des valeurs mais pas d&apos;année.</translation>
    </message>
    <message>
        <source>the age</source>
        <translation>l&apos;âge</translation>
    </message>
    <message>
        <source>the year</source>
        <translation>l&apos;année</translation>
    </message>
    <message>
        <source>the age {key} appears again (first in {first}): each age appears once.</source>
        <translation>l&apos;âge {key} apparaît une seconde fois (d&apos;abord en {first})&#xa0;: chaque âge figure une seule fois.</translation>
    </message>
    <message>
        <source>the year {key} appears again (first in {first}): each year appears once.</source>
        <translation>l&apos;année {key} apparaît une seconde fois (d&apos;abord en {first})&#xa0;: chaque année figure une seule fois.</translation>
    </message>
    <message>
        <source>{what} is empty: every cell of this table needs a value.</source>
        <translation>{what} est vide&#xa0;: chaque cellule de ce tableau doit avoir une valeur.</translation>
    </message>
    <message>
        <source>{column} at age {age}</source>
        <translation>{column} à l&apos;âge {age}</translation>
    </message>
    <message>
        <source>ages {ages} are missing: every age from {low} to {high} appears once{note}.</source>
        <translation>les âges {ages} manquent&#xa0;: chaque âge de {low} à {high} figure une fois{note}.</translation>
    </message>
    <message>
        <source>age {ages} is missing: every age from {low} to {high} appears once{note}.</source>
        <translation>l&apos;âge {ages} manque&#xa0;: chaque âge de {low} à {high} figure une fois{note}.</translation>
    </message>
    <message>
        <source>the year {year} is not after the base year {base}: this table holds later years only.</source>
        <translation>l&apos;année {year} n&apos;est pas postérieure à l&apos;année de base {base}&#xa0;: ce tableau ne contient que des années ultérieures.</translation>
    </message>
    <message>
        <source>{column} for {year}</source>
        <translation>{column} pour {year}</translation>
    </message>
    <message>
        <source>age {age} of {year} appears again (first in {first}): each year and age appears once.</source>
        <translation>l&apos;âge {age} de {year} apparaît une seconde fois (d&apos;abord en {first})&#xa0;: chaque couple année-âge figure une seule fois.</translation>
    </message>
    <message>
        <source>{column} for {year} at age {age}</source>
        <translation>{column} pour {year} à l&apos;âge {age}</translation>
    </message>
    <message>
        <source>the year {year} lacks ages {ages}: every year listed needs ages 0 to 100.</source>
        <translation>il manque à l&apos;année {year} les âges {ages}&#xa0;: chaque année indiquée doit avoir les âges de 0 à 100.</translation>
    </message>
    <message>
        <source>the year {year} lacks age {ages}: every year listed needs ages 0 to 100.</source>
        <translation>il manque à l&apos;année {year} l&apos;âge {ages}&#xa0;: chaque année indiquée doit avoir les âges de 0 à 100.</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected cells (all cells where none is selected) as tab-separated text.</source>
        <translation>Ctrl+C copie les cellules sélectionnées (toutes si aucune ne l&apos;est) sous forme de texte séparé par des tabulations.</translation>
    </message>
</context>
<context>
    <name>target_fields</name>
    <message>
        <source>A target such as reserve&gt;=0 (never negative), reserve&gt;=0@2075 (through 2075), reserve_ratio&gt;=2@2050, payg_balance@2040, gap&lt;=contribution_rate or replacement_rate&gt;=40%@2060; add &apos;&amp; c102&apos; or &apos;&amp; c128&apos; to stay within the ILO convention in every year (c102 alone: the convention only; c102:old_age, :invalidity or :survivors: the Part of that branch only).</source>
        <translation>Un objectif tel que reserve&gt;=0 (jamais négative), reserve&gt;=0@2075 (jusqu&apos;en 2075), reserve_ratio&gt;=2@2050, payg_balance@2040, gap&lt;=contribution_rate ou replacement_rate&gt;=40%@2060&#xa0;; ajoutez &apos;&amp; c102&apos; ou &apos;&amp; c128&apos; pour respecter la convention de l&apos;OIT chaque année (c102 seul&#xa0;: la convention seulement&#xa0;; c102:old_age,&#xa0;:invalidity ou&#xa0;:survivors&#xa0;: la partie de cette branche seulement).</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <source>Write a fraction between 0 and 1: 0.18 for 18 %.</source>
        <translation>Écrivez une fraction décimale entre 0 et 1&#xa0;: 0,18 pour 18&#xa0;%.</translation>
    </message>
    <message>
        <source>A pensionable age is a whole number from 40 to 80.</source>
        <translation>L&apos;âge d&apos;admission à la pension est un nombre entier de 40 à 80.</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>Cette valeur ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Write a number from {low} up to {high}.</source>
        <translation>Écrivez un nombre de {low} à {high}.</translation>
    </message>
    <message>
        <source>Write a whole number from {low} up to {high}.</source>
        <translation>Écrivez un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>Write a number above {low} up to {high}.</source>
        <translation>Écrivez un nombre supérieur à {low} et au plus égal à {high}.</translation>
    </message>
    <message>
        <source>Write a whole number above {low} up to {high}.</source>
        <translation>Écrivez un nombre entier supérieur à {low} et au plus égal à {high}.</translation>
    </message>
    <message>
        <source>Labels, scheme rules in force in the base year, reserve, basic pension; optional (version 2): spread of earnings and service, contribution ceiling, qualifying period and old-age grant, disability and survivors&apos; terms, funeral grant.</source>
        <translation>Libellés, règles du régime en vigueur l&apos;année de base, réserve, pension de base&#xa0;; facultatif (version 2)&#xa0;: dispersion des salaires et des années de service, plafond de cotisation, stage et allocation de vieillesse, conditions des pensions d&apos;invalidité et de survivants, allocation pour frais funéraires.</translation>
    </message>
    <message>
        <source>GDP in the base year and annual economic assumptions.</source>
        <translation>PIB de l&apos;année de base et hypothèses économiques annuelles.</translation>
    </message>
    <message>
        <source>Year paths for inflation, real_wage_growth, investment_return, unemployment_rate: keep only the columns you give year by year and remove those keys from the Economy sheet. Every cell filled.</source>
        <translation>Trajectoires annuelles des clés inflation, real_wage_growth, investment_return, unemployment_rate&#xa0;: ne gardez que les colonnes que vous donnez année par année et retirez ces clés de la feuille Economy. Toutes les cellules remplies.</translation>
    </message>
    <message>
        <source>Fertility, sex ratio at birth, mortality improvement, net migration.</source>
        <translation>Fécondité, rapport de masculinité à la naissance, amélioration de la mortalité, solde migratoire.</translation>
    </message>
    <message>
        <source>Year paths for tfr, net_migration, sex_ratio_at_birth: a tfr column replaces the keys tfr, tfr_target and tfr_target_year; remove from Demography every key given here.</source>
        <translation>Trajectoires annuelles des clés tfr, net_migration, sex_ratio_at_birth&#xa0;: une colonne tfr remplace les clés tfr, tfr_target et tfr_target_year&#xa0;; retirez de Demography toute clé donnée ici.</translation>
    </message>
    <message>
        <source>Persons at 1 January of the base year, by age (100 = 100 and over).</source>
        <translation>Personnes au 1er janvier de l&apos;année de base, par âge (100 = 100 ans et plus).</translation>
    </message>
    <message>
        <source>qx: probability of dying before next 1 January. Optional columns improvement_male and improvement_female (annual rates by age) replace the Demography improvement keys.</source>
        <translation>qx&#xa0;: quotient de mortalité, probabilité de décéder avant le 1er janvier suivant. Les colonnes facultatives improvement_male et improvement_female (taux annuels par âge) remplacent les clés d&apos;amélioration de Demography.</translation>
    </message>
    <message>
        <source>Life tables for later anchor years (after the base year): ages 0 to 100 for each year listed, rows in any order.</source>
        <translation>Tables de mortalité d&apos;années d&apos;ancrage ultérieures (après l&apos;année de base)&#xa0;: âges de 0 à 100 pour chaque année indiquée, lignes dans un ordre quelconque.</translation>
    </message>
    <message>
        <source>Age-specific fertility rates, ages 15 to 49, any scale.</source>
        <translation>Taux de fécondité par âge, de 15 à 49 ans, à n&apos;importe quelle échelle.</translation>
    </message>
    <message>
        <source>Labour-force participation rates by age (blank = 0).</source>
        <translation>Taux d&apos;activité par âge (vide = 0).</translation>
    </message>
    <message>
        <source>Contributors, annual insurable wages and past credited service in the base year (blank = 0).</source>
        <translation>Cotisants, salaires assurables annuels et périodes validées passées, à l&apos;année de base (vide = 0).</translation>
    </message>
    <message>
        <source>Pensioners and average annual pensions in the base year (blank = 0). Optional groups of columns, each given whole or not at all: disability pensioners and pensions; spouses (survivors) and their pensions, by the spouse&apos;s own age; orphans and their pension (no sex), below orphan_age_limit.</source>
        <translation>Pensionnés et pensions annuelles moyennes à l&apos;année de base (vide = 0). Groupes de colonnes facultatifs, chacun donné en entier ou pas du tout&#xa0;: pensionnés d&apos;invalidité et leurs pensions&#xa0;; conjoints (survivants) et leurs pensions, selon l&apos;âge du conjoint lui-même&#xa0;; orphelins et leur pension (sans distinction de sexe), en dessous de orphan_age_limit.</translation>
    </message>
    <message>
        <source>Probability that a contributor becomes disabled within the year, by age and sex (blank = 0); the Scheme keys disability_* set the pension&apos;s terms.</source>
        <translation>Probabilité qu&apos;un cotisant devienne invalide dans l&apos;année, par âge et sexe (vide = 0)&#xa0;; les clés disability_* de la feuille Scheme fixent les conditions de la pension.</translation>
    </message>
    <message>
        <source>By the age and sex of a contributor or pensioner who dies: probability of leaving an entitled spouse, average number of entitled orphans and their average age (whole years below orphan_age_limit); blank = 0. The Scheme keys survivor_share and orphan_share set the pensions.</source>
        <translation>Selon l&apos;âge et le sexe du cotisant ou du pensionné qui décède&#xa0;: probabilité de laisser un conjoint ayant droit, nombre moyen d&apos;orphelins ayant droit et leur âge moyen (années entières en dessous de orphan_age_limit)&#xa0;; vide = 0. Les clés survivor_share et orphan_share de la feuille Scheme fixent les pensions.</translation>
    </message>
    <message>
        <source>Age and sex profile of net migrants, any scale (blank = 0); needed when net_migration is not 0.</source>
        <translation>Profil par âge et sexe du solde migratoire, à n&apos;importe quelle échelle (vide = 0)&#xa0;; nécessaire si net_migration n&apos;est pas 0.</translation>
    </message>
    <message>
        <source>Legislated changes: a row&apos;s values hold from its year (after the base year) until the next row; keep only the columns you change, fill every cell.</source>
        <translation>Modifications prévues par la loi&#xa0;: les valeurs d&apos;une ligne s&apos;appliquent de son année (postérieure à l&apos;année de base) jusqu&apos;à la ligne suivante&#xa0;; ne gardez que les colonnes que vous modifiez et remplissez toutes les cellules.</translation>
    </message>
    <message>
        <source>Volatility of inflation, real wage growth and the investment return for stochastic projections (reform-studio stochastic, the fan chart): standard deviations around the paths, AR(1) autocorrelations and correlations of the annual shocks; empty keys take the defaults shown.</source>
        <translation>Volatilité de l&apos;inflation, de la croissance réelle des salaires et du rendement des placements pour les projections stochastiques (reform-studio stochastic, le graphique en éventail)&#xa0;: écarts types autour des trajectoires, autocorrélations AR(1) et corrélations des chocs annuels&#xa0;; les clés vides prennent les valeurs par défaut indiquées.</translation>
    </message>
    <message>
        <source>The sensitivity tests (reform-studio sensitivity, the tornado): the low and high setting of each assumption, shifts as fractions and factors as multipliers; empty keys take the standard set shown.</source>
        <translation>Les tests de sensibilité (reform-studio sensitivity, la tornade)&#xa0;: valeurs basse et haute de chaque hypothèse, les décalages en fractions décimales et les facteurs en multiplicateurs&#xa0;; les clés vides prennent le jeu standard indiqué.</translation>
    </message>
    <message>
        <source>Read me</source>
        <translation>Lisez-moi</translation>
    </message>
    <message>
        <source>Optional sheet. {note}</source>
        <translation>Feuille facultative. {note}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Reform Studio input workbook, template version {version}</source>
        <translation>Classeur de données Reform Studio, modèle version {version}</translation>
    </message>
    <message>
        <source>Replace the example values with your scheme&apos;s. Rates are fractions (0.18 = 18 %); money is in the scheme&apos;s currency per year; ages run 0 to 100 (100 = 100 and over).</source>
        <translation>Remplacez les valeurs d&apos;exemple par celles de votre régime. Les taux s&apos;écrivent en fractions décimales (0,18 = 18&#xa0;%)&#xa0;; les montants sont annuels, dans la monnaie du régime&#xa0;; les âges vont de 0 à 100 (100 = 100 ans et plus).</translation>
    </message>
    <message>
        <source>Key sheets hold Parameter | Value rows; keys in italics are optional (an empty value = not given). Grey tabs are optional sheets: leave them empty if not needed.</source>
        <translation>Les feuilles de clés contiennent des lignes Parameter | Value&#xa0;; les clés en italique sont facultatives (valeur vide = non donnée). Les onglets gris sont des feuilles facultatives&#xa0;: laissez-les vides si vous n&apos;en avez pas besoin.</translation>
    </message>
    <message>
        <source>Everything added in version 2 (the optional Scheme keys from wage_dispersion on, the Disability and Survivors sheets, the extra Pensioners columns) is optional: a version-1 workbook reads unchanged. Hover over a column header for what it means.</source>
        <translation>Tout ce qui a été ajouté en version 2 (les clés facultatives de Scheme à partir de wage_dispersion, les feuilles Disability et Survivors, les colonnes supplémentaires de Pensioners) est facultatif&#xa0;: un classeur de version 1 se lit sans changement. Survolez l&apos;en-tête d&apos;une colonne pour voir ce qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>Sheet names, keys (column A of the key sheets) and column headers stay in English, as the specification writes them, so that the workbook reads in every language: do not translate them. The notes and comments explain them.</source>
        <translation>Les noms des feuilles, les clés (colonne A des feuilles de clés) et les en-têtes de colonnes restent en anglais, tels que les écrit la spécification, pour que le classeur se lise dans toutes les langues&#xa0;: ne les traduisez pas. Les remarques et les commentaires les expliquent.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Required?</source>
        <translation>Obligatoire&#xa0;?</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
</context>
<context>
    <name>tornado</name>
    <message>
        <source>GAP</source>
        <translation>PMG</translation>
    </message>
    <message>
        <source>% of insurable wages</source>
        <translation>% des salaires assurables</translation>
    </message>
    <message>
        <source>Year the reserve runs out</source>
        <translation>Année d&apos;épuisement de la réserve</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>PAYG cost rate</source>
        <translation>Taux de coût par répartition</translation>
    </message>
    <message>
        <source>% of the wage bill</source>
        <translation>% de la masse salariale</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Ratio de réserve</translation>
    </message>
    <message>
        <source>years of spending</source>
        <translation>années de dépenses</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haut</translation>
    </message>
    <message>
        <source>{label} (+{step} years) ({unit})</source>
        <translation>{label} (+{step} ans) ({unit})</translation>
    </message>
    <message>
        <source>{label} in {year} ({unit})</source>
        <translation>{label} en {year} ({unit})</translation>
    </message>
    <message>
        <source>no effect</source>
        <translation>sans effet</translation>
    </message>
    <message>
        <source>baseline&apos;s range</source>
        <translation>plage du scénario de référence</translation>
    </message>
    <message>
        <source>{name}: {indicator} with each assumption varied alone (central {value})</source>
        <translation>{name}&#xa0;: {indicator}, chaque hypothèse variant seule (valeur centrale {value})</translation>
    </message>
    <message>
        <source>not reached within the horizon: {tests}</source>
        <translation>non atteint dans l&apos;horizon de projection&#xa0;: {tests}</translation>
    </message>
</context>
<context>
    <name>uncertainty_view</name>
    <message>
        <source>Added to real wage growth in every year (percentage points).</source>
        <translation>Ajouté à la croissance réelle des salaires chaque année (points de pourcentage).</translation>
    </message>
    <message>
        <source>Added to the nominal investment return in every year (percentage points).</source>
        <translation>Ajouté au rendement nominal des placements chaque année (points de pourcentage).</translation>
    </message>
    <message>
        <source>Added to price inflation in every year (percentage points).</source>
        <translation>Ajouté à l&apos;inflation des prix chaque année (points de pourcentage).</translation>
    </message>
    <message>
        <source>Added to the unemployment rate in every year (percentage points).</source>
        <translation>Ajouté au taux de chômage chaque année (points de pourcentage).</translation>
    </message>
    <message>
        <source>Multiplies the total fertility rate in every year (1 = the workbook&apos;s).</source>
        <translation>Multiplie l&apos;indice synthétique de fécondité chaque année (1 = celui du classeur).</translation>
    </message>
    <message>
        <source>Multiplies every probability of dying, capped at 1 (below 1: people live longer).</source>
        <translation>Multiplie chaque quotient de mortalité, plafonné à 1 (en dessous de 1&#xa0;: on vit plus longtemps).</translation>
    </message>
    <message>
        <source>Multiplies net migration in every year (0 = none, 2 = twice the workbook&apos;s).</source>
        <translation>Multiplie le solde migratoire chaque année (0 = aucun, 2 = le double de celui du classeur).</translation>
    </message>
    <message>
        <source>The same assumptions apply to the baseline and every reform, so the comparison stays fair. The workbook&apos;s values are 0 pt and ×1.</source>
        <translation>Les mêmes hypothèses s&apos;appliquent au scénario de référence et à chaque réforme, pour que la comparaison reste équitable. Les valeurs du classeur sont 0 pt et ×1.</translation>
    </message>
    <message>
        <source>&amp;Reset to the workbook&apos;s</source>
        <translation>&amp;Rétablir celles du classeur</translation>
    </message>
    <message>
        <source>Set every assumption back to the workbook&apos;s (0 pt, ×1).</source>
        <translation>Ramener chaque hypothèse à celle du classeur (0 pt, ×1).</translation>
    </message>
    <message>
        <source>How much of the calculation is done.</source>
        <translation>Avancement du calcul.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the calculation (Esc).</source>
        <translation>Arrêter le calcul (Échap).</translation>
    </message>
    <message>
        <source>The baseline and every reform are projected under these assumptions, not the workbook&apos;s own (Analysis › Assumptions; Reset to the workbook&apos;s).</source>
        <translation>Le scénario de référence et chaque réforme sont projetés avec ces hypothèses, et non celles du classeur (Analyse › Hypothèses&#xa0;; Rétablir celles du classeur).</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>How sure are we? Fan chart and tornado</source>
        <translation>Quelle confiance accorder aux résultats&#xa0;? Éventail et tornade</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source> paths</source>
        <translation> trajectoires</translation>
    </message>
    <message>
        <source>Number of economic paths drawn: more paths, smoother percentiles, longer wait.</source>
        <translation>Nombre de trajectoires économiques tirées&#xa0;: plus il y en a, plus les centiles sont lisses et plus l&apos;attente est longue.</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>graine </translation>
    </message>
    <message>
        <source>The same seed gives the same paths and the same numbers.</source>
        <translation>La même graine donne les mêmes trajectoires et les mêmes chiffres.</translation>
    </message>
    <message>
        <source>&amp;Draw the fan</source>
        <translation>&amp;Tracer l&apos;éventail</translation>
    </message>
    <message>
        <source>Project the baseline and the reform being edited over the economic paths (Ctrl+Shift+R).</source>
        <translation>Projeter le scénario de référence et la réforme en cours de modification sur les trajectoires économiques (Ctrl+Maj+R).</translation>
    </message>
    <message>
        <source>&amp;Fan chart</source>
        <translation>&amp;Graphique en éventail</translation>
    </message>
    <message>
        <source>The indicator whose spread the fan shows.</source>
        <translation>L&apos;indicateur dont l&apos;éventail montre la dispersion.</translation>
    </message>
    <message>
        <source>Bands: 5-95 % and 25-75 % of the paths; thick line: median; dashed: deterministic. Below: the share of paths in which the reserve has run out by each year.</source>
        <translation>Bandes&#xa0;: 5-95&#xa0;% et 25-75&#xa0;% des trajectoires&#xa0;; trait épais&#xa0;: médiane&#xa0;; tirets&#xa0;: déterministe. En bas&#xa0;: la part des trajectoires où la réserve est épuisée à chaque année.</translation>
    </message>
    <message>
        <source>Run the &amp;sensitivity tests</source>
        <translation>Lancer les tests de &amp;sensibilité</translation>
    </message>
    <message>
        <source>Each assumption alone, low and high, for the baseline and the reform being edited (Ctrl+Shift+K).</source>
        <translation>Chaque hypothèse seule, basse et haute, pour le scénario de référence et la réforme en cours de modification (Ctrl+Maj+K).</translation>
    </message>
    <message>
        <source>&amp;Tornado</source>
        <translation>&amp;Tornade</translation>
    </message>
    <message>
        <source>The indicator whose sensitivity the bars show.</source>
        <translation>L&apos;indicateur dont les barres montrent la sensibilité.</translation>
    </message>
    <message>
        <source>Bars from the central value to the low (light) and high (dark) setting of each assumption, widest swing on top; grey: the baseline&apos;s range.</source>
        <translation>Barres de la valeur centrale à la valeur basse (clair) et haute (foncé) de chaque hypothèse, le plus grand écart en haut&#xa0;; gris&#xa0;: la plage du scénario de référence.</translation>
    </message>
    <message>
        <source>These assumptions cannot be used: {reason}</source>
        <translation>Ces hypothèses ne peuvent pas être utilisées&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Assumptions: {variant}</source>
        <translation>Hypothèses&#xa0;: {variant}</translation>
    </message>
    <message>
        <source>Open a workbook first.</source>
        <translation>Ouvrez d&apos;abord un classeur.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>This cannot be computed: {message}</source>
        <translation>Calcul impossible&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Under: {variant}.</source>
        <translation>Avec&#xa0;: {variant}.</translation>
    </message>
    <message>
        <source>{count} variants around: {variant}.</source>
        <translation>{count} variantes autour de&#xa0;: {variant}.</translation>
    </message>
    <message>
        <source>&amp;Assumptions (economy and demography)</source>
        <translation>&amp;Hypothèses (économie et démographie)</translation>
    </message>
    <message>
        <source>Show or hide the panel that varies wage growth, returns, inflation, unemployment, fertility, mortality and migration for the baseline and every reform alike.</source>
        <translation>Afficher ou masquer le panneau qui fait varier la croissance des salaires, les rendements, l&apos;inflation, le chômage, la fécondité, la mortalité et les migrations, pour le scénario de référence et chaque réforme à l&apos;identique.</translation>
    </message>
    <message>
        <source>&amp;How sure are we? (fan chart, tornado)…</source>
        <translation>&amp;Quelle confiance accorder aux résultats&#xa0;? (éventail, tornade)…</translation>
    </message>
    <message>
        <source>Open the fan chart of stochastic economic paths and the tornado of the sensitivity tests.</source>
        <translation>Ouvrir le graphique en éventail des trajectoires économiques stochastiques et la tornade des tests de sensibilité.</translation>
    </message>
</context>
</TS>

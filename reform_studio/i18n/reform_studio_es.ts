<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Sample schemes: demography from United Nations, World Population Prospects 2024 (CC BY 3.0 IGO); GDP from the World Bank, World Development Indicators (CC BY 4.0); every scheme figure is an illustrative assumption, not an official statistic.</source>
        <translation>Regímenes de ejemplo: demografía de las Naciones Unidas, World Population Prospects 2024 (CC BY 3.0 IGO); PIB del Banco Mundial, World Development Indicators (CC BY 4.0); cada cifra de los regímenes es un supuesto ilustrativo, no una estadística oficial.</translation>
    </message>
    <message>
        <source>Population, mortality, fertility, migration</source>
        <translation>Población, mortalidad, fecundidad, migración</translation>
    </message>
    <message>
        <source>United Nations, Department of Economic and Social Affairs, Population Division (2024). World Population Prospects 2024. Licence CC BY 3.0 IGO. Extracted from the R data package wpp2024 (github.com/PPgp/wpp2024, commit 2da7768; 5-year population commit 33717a3).</source>
        <translation>Naciones Unidas, Departamento de Asuntos Económicos y Sociales, División de Población (2024). World Population Prospects 2024. Licencia CC BY 3.0 IGO. Extraído del paquete de datos de R wpp2024 (github.com/PPgp/wpp2024, commit 2da7768; población por grupos quinquenales: commit 33717a3).</translation>
    </message>
    <message>
        <source>GDP, World Bank regions and income groups</source>
        <translation>PIB, regiones y grupos de ingreso del Banco Mundial</translation>
    </message>
    <message>
        <source>World Bank, World Development Indicators (GDP in current local currency and US$, GDP per capita PPP, PPP conversion factor, 2000-2023; country groups). Licence CC BY 4.0. Via github.com/relatoscondatos/data_global, commit 1473f4e.</source>
        <translation>Banco Mundial, World Development Indicators (PIB en moneda local a precios corrientes y en dólares de los Estados Unidos, PIB per cápita en PPA, factor de conversión de la PPA, 2000-2023; grupos de países). Licencia CC BY 4.0. A través de github.com/relatoscondatos/data_global, commit 1473f4e.</translation>
    </message>
    <message>
        <source>Informal employment</source>
        <translation>Empleo informal</translation>
    </message>
    <message>
        <source>International Labour Organization, ILOSTAT database, &apos;Informal employment rate by sex (%) - annual&apos; (file dated 2024-07-26, accessed July 2024). Licence CC BY 4.0. Survey years and types differ: indicative defaults only.</source>
        <translation>Organización Internacional del Trabajo, base de datos ILOSTAT, «Informal employment rate by sex (%) - annual» (archivo del 26 de julio de 2024, consultado en julio de 2024). Licencia CC BY 4.0. Los años y los tipos de encuesta difieren: valores por defecto solo indicativos.</translation>
    </message>
    <message>
        <source>Growth, inflation, unemployment, government expenditure</source>
        <translation>Crecimiento, inflación, desempleo, gasto público</translation>
    </message>
    <message>
        <source>International Monetary Fund, World Economic Outlook Database, April 2024 (2015-2029; 2024 on are projections). Used under the IMF&apos;s terms for its statistical data; source: IMF.</source>
        <translation>Fondo Monetario Internacional, base de datos de Perspectivas de la economía mundial (World Economic Outlook), abril de 2024 (2015-2029; desde 2024, proyecciones). Utilizado según las condiciones del FMI para sus datos estadísticos; fuente: FMI.</translation>
    </message>
    <message>
        <source>{source}: {credit}</source>
        <translation>{source}: {credit}</translation>
    </message>
    <message>
        <source>Built {date} from commit {commit} for {platform}.</source>
        <translation>Compilado el {date} a partir del commit {commit} para {platform}.</translation>
    </message>
    <message>
        <source>Not a built release: run from the source.</source>
        <translation>No es una versión compilada: se ejecuta desde el código fuente.</translation>
    </message>
    <message>
        <source>Projection model version {model} (ILO actuarial model structure).</source>
        <translation>Modelo de proyección versión {model} (estructura del modelo actuarial de la OIT).</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt} (PySide6 {pyside}), {system}.</source>
        <translation>Python {python}, Qt {qt} (PySide6 {pyside}), {system}.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Fuentes de los datos</translation>
    </message>
    <message>
        <source>Projections are illustrations under stated assumptions, not forecasts. Qt is used under the LGPL-3.0; the licences of every component are in the licences folder of the application.</source>
        <translation>Las proyecciones son ilustraciones basadas en los supuestos enunciados, no pronósticos. Qt se usa bajo la licencia LGPL-3.0; las licencias de cada componente están en la carpeta licences de la aplicación.</translation>
    </message>
    <message>
        <source>About Reform Studio</source>
        <translation>Acerca de Reform Studio</translation>
    </message>
    <message>
        <source>Close this box (Esc)</source>
        <translation>Cerrar esta ventana (Esc)</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <source>Copy the version, build and data sources to the clipboard, e.g. for IT support</source>
        <translation>Copiar la versión, la compilación y las fuentes de los datos al portapapeles, por ejemplo para el soporte informático</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>los siguientes argumentos son obligatorios: {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumentos no reconocidos: {arguments}</translation>
    </message>
    <message>
        <source>argument {argument}: invalid choice: {value} (choose from {choices})</source>
        <translation>argumento {argument}: opción no válida: {value} (elija entre {choices})</translation>
    </message>
    <message>
        <source>argument {argument}: expected one argument</source>
        <translation>argumento {argument}: se esperaba un valor</translation>
    </message>
    <message>
        <source>argument {argument}: ignored explicit argument {value}</source>
        <translation>argumento {argument}: el valor {value} sobra</translation>
    </message>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>argumento {argument}: {message}</translation>
    </message>
</context>
<context>
    <name>assumptions</name>
    <message>
        <source>pt</source>
        <translation>pp</translation>
    </message>
    <message>
        <source>real wage growth</source>
        <translation>crecimiento real de los salarios</translation>
    </message>
    <message>
        <source>investment return</source>
        <translation>rendimiento de las inversiones</translation>
    </message>
    <message>
        <source>inflation</source>
        <translation>inflación</translation>
    </message>
    <message>
        <source>unemployment rate</source>
        <translation>tasa de desempleo</translation>
    </message>
    <message>
        <source>fertility (TFR)</source>
        <translation>fecundidad (TGF)</translation>
    </message>
    <message>
        <source>mortality</source>
        <translation>mortalidad</translation>
    </message>
    <message>
        <source>net migration</source>
        <translation>migración neta</translation>
    </message>
    <message>
        <source>as in the workbook</source>
        <translation>como en el libro</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <source>{folder} is a file, not a folder; choose a folder for {name}.</source>
        <translation>{folder} es un archivo, no una carpeta; elija una carpeta para {name}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose an existing folder for {name}.</source>
        <translation>La carpeta {folder} no existe; elija una carpeta existente para {name}.</translation>
    </message>
    <message>
        <source>{link} is a link to {target}, whose folder does not exist; choose another file name.</source>
        <translation>{link} es un enlace a {target}, cuya carpeta no existe; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to export to.</source>
        <translation>{path} es una carpeta; indique un nombre de archivo para la exportación.</translation>
    </message>
    <message>
        <source>{path} is a device or other special file, not a regular file; it is never replaced: choose a file name.</source>
        <translation>{path} es un dispositivo u otro archivo especial, no un archivo normal; nunca se reemplaza: elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>Refusing to export over the source workbook {name}; choose another file name.</source>
        <translation>La exportación reemplazaría el libro de origen {name}, por lo que se rechaza; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The name or path {path} is longer than the file system allows (a name may have {limit} bytes); choose a shorter name.</source>
        <translation>El nombre o la ruta {path} es más largo de lo que permite el sistema de archivos (un nombre puede tener {limit} bytes); elija un nombre más corto.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the drive is read-only; choose a folder on another drive. The existing file, if any, was left unchanged.</source>
        <translation>No se puede escribir {path}: la unidad es de solo lectura; elija una carpeta en otra unidad. El archivo existente, si lo hay, no se modificó.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is open in another program (close it there) or the folder is read-only. The existing file, if any, was left unchanged.</source>
        <translation>No se puede escribir {path}: está abierto en otro programa (ciérrelo allí) o la carpeta es de solo lectura. El archivo existente, si lo hay, no se modificó.</translation>
    </message>
    <message>
        <source>The disk is full: {path} was not written. Free some space and try again.</source>
        <translation>El disco está lleno: {path} no se escribió. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{path} is a symbolic link that leads round in a loop; choose another file name.</source>
        <translation>{path} es un enlace simbólico que forma un bucle; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. The existing file, if any, was left unchanged.</source>
        <translation>No se pudo escribir {path}: {reason}. El archivo existente, si lo hay, no se modificó.</translation>
    </message>
</context>
<context>
    <name>basic_pension_row</name>
    <message>
        <source>Pay a basic pension</source>
        <translation>Pagar una pensión básica</translation>
    </message>
    <message>
        <source>Pay a non-contributory pension from the state budget (outside the reserve).</source>
        <translation>Pagar una pensión no contributiva con cargo al presupuesto del Estado (fuera de la reserva).</translation>
    </message>
    <message>
        <source> yrs</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Universal</source>
        <translation>Universal</translation>
    </message>
    <message>
        <source>Pension-tested</source>
        <translation>Condicionada a no tener pensión</translation>
    </message>
    <message>
        <source>Universal: everyone above the age. Pension-tested: only those without a contributory pension.</source>
        <translation>Universal: todas las personas que alcanzan la edad. Condicionada a no tener pensión: solo quienes no perciben una pensión contributiva.</translation>
    </message>
    <message>
        <source>First year the basic pension (or its change) applies.</source>
        <translation>Primer año en que se aplica la pensión básica (o su modificación).</translation>
    </message>
    <message>
        <source>from </source>
        <translation>desde </translation>
    </message>
    <message>
        <source>from next year</source>
        <translation>desde el próximo año</translation>
    </message>
</context>
<context>
    <name>branch_chart</name>
    <message>
        <source>Tick a reform to draw it beside the baseline.</source>
        <translation>Marque una reforma para dibujarla junto al escenario base.</translation>
    </message>
    <message>
        <source>Baseline total</source>
        <translation>Total del escenario base</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
</context>
<context>
    <name>cells</name>
    <message>
        <source>write {number} with a decimal point</source>
        <translation>escriba {number} con punto decimal, o introduzca el valor como número y no como texto</translation>
    </message>
    <message>
        <source>write it with a decimal point and no comma, or with commas between groups of three digits only (1,234,567)</source>
        <translation>escríbalo con punto decimal y sin coma, o con comas solo entre grupos de tres cifras (1,234,567), o introduzca el valor como número y no como texto</translation>
    </message>
    <message>
        <source>{what} holds the text &apos;{text}&apos;, whose comma is not a thousands separator (those need groups of three digits after a first group that is not 0, as in 1,234): if it is a decimal comma, {fix}.</source>
        <translation>{what} contiene el texto «{text}», cuya coma no es un separador de miles (para ello hacen falta grupos de tres cifras tras un primer grupo distinto de 0, como en 1,234): si es una coma decimal, {fix}.</translation>
    </message>
    <message>
        <source>The comma in &apos;{text}&apos; was read as a thousands separator; for a decimal, write a decimal point.</source>
        <translation>La coma de «{text}» se leyó como separador de miles; para decimales, escriba un punto decimal o introduzca el valor como número.</translation>
    </message>
    <message>
        <source>{what} is a formula without a saved value: open the file in Excel and save it, so the result is stored.</source>
        <translation>{what} es una fórmula sin valor guardado: abra el archivo en Excel y guárdelo para que se almacene el resultado.</translation>
    </message>
    <message>
        <source>{what} holds the Excel error {error}: correct the formula or type the value.</source>
        <translation>{what} contiene el error de Excel {error}: corrija la fórmula o escriba el valor.</translation>
    </message>
    <message>
        <source>{what} should be a number, but the cell holds {value}.</source>
        <translation>{what} debe ser un número, pero la celda contiene {value}.</translation>
    </message>
    <message>
        <source>{what} should be a number, but the cell holds a date or time: format the cell as a number.</source>
        <translation>{what} debe ser un número, pero la celda contiene una fecha o una hora: aplique a la celda el formato Número.</translation>
    </message>
    <message>
        <source>{what} should be a number, but the cell holds the text &apos;{text}&apos;.</source>
        <translation>{what} debe ser un número, pero la celda contiene el texto «{text}».</translation>
    </message>
    <message>
        <source>{what} should be a number, but the cell holds &apos;{text}&apos;.</source>
        <translation>{what} debe ser un número, pero la celda contiene «{text}».</translation>
    </message>
    <message>
        <source>{what} is not a finite number.</source>
        <translation>{what} no es un número finito.</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} está vacío.</translation>
    </message>
    <message>
        <source>{what} is {value}: it must be a whole number.</source>
        <translation>{what} es {value}: debe ser un número entero.</translation>
    </message>
    <message>
        <source>{what} is {value}: it must be a whole number between {low} and {high}.</source>
        <translation>{what} es {value}: debe ser un número entero entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{what} is {value}: it must be a whole number at least {low}.</source>
        <translation>{what} es {value}: debe ser un número entero igual o mayor que {low}.</translation>
    </message>
    <message>
        <source>{what} is {value}: it must be above {low} up to {high}.</source>
        <translation>{what} es {value}: el valor debe ser mayor que {low} y como máximo {high}.</translation>
    </message>
    <message>
        <source>{what} is {value}: it must be from {low} up to {high}.</source>
        <translation>{what} es {value}: el valor debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{what} is {value}, which looks like a percentage: write {fraction} for {value} %.</source>
        <translation>{what} es {value}, lo que parece un porcentaje: escriba {fraction} para {value}&#xa0;%.</translation>
    </message>
    <message>
        <source>{what} is {value}: a rate must be a fraction from 0 up to, but not including, 1 ({example} for 18 %).</source>
        <translation>{what} es {value}: una tasa se escribe como una fracción desde 0 hasta 1, sin incluir el 1 ({example} para 18&#xa0;%).</translation>
    </message>
    <message>
        <source>{what} is {value}: a rate must be a fraction between 0 and 1 ({example} for 18 %).</source>
        <translation>{what} es {value}: una tasa se escribe como una fracción entre 0 y 1 ({example} para 18&#xa0;%).</translation>
    </message>
    <message>
        <source>{what} is 0: leave it empty for none, or give a value above 0.</source>
        <translation>{what} es 0: deje la celda vacía si no corresponde, o indique un valor mayor que 0.</translation>
    </message>
    <message>
        <source>{what} is {value}: an annual rate must be a fraction above -1 and at most 1 ({example} for 3 %).</source>
        <translation>{what} es {value}: una tasa anual se escribe como una fracción mayor que -1 y como máximo 1 ({example} para 3&#xa0;%).</translation>
    </message>
    <message>
        <source>{what} is {value}: a probability must be between 0 and 1.</source>
        <translation>{what} es {value}: una probabilidad debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>{what} is {value}: it cannot be negative.</source>
        <translation>{what} es {value}: el valor no puede ser negativo.</translation>
    </message>
    <message>
        <source>{what} is &apos;{text}&apos;: it must be one of {options}.</source>
        <translation>{what} es «{text}»: el valor debe ser uno de estos: {options}.</translation>
    </message>
    <message>
        <source>{what} is &apos;{text}&apos;: write TRUE or FALSE (yes/no, 1/0).</source>
        <translation>{what} es «{text}»: escriba TRUE o FALSE (VERDADERO/FALSO, yes/no, 1/0).</translation>
    </message>
</context>
<context>
    <name>chart_panel</name>
    <message>
        <source>% of GDP</source>
        <translation>% del PIB</translation>
    </message>
    <message>
        <source>Nominal {currency}</source>
        <translation>{currency} nominales</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Show the numbers of this chart as a table (Ctrl+C copies them). Ctrl+T</source>
        <translation>Mostrar las cifras de este gráfico como tabla (Ctrl+C las copia). Ctrl+T</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>Show the reserve as % of the year&apos;s GDP (the default: comparable over 75 years) or in nominal currency.</source>
        <translation>Mostrar la reserva en % del PIB del año (por defecto: comparable a lo largo de 75 años) o en moneda nominal.</translation>
    </message>
    <message>
        <source>Reserve unit</source>
        <translation>Unidad de la reserva</translation>
    </message>
    <message>
        <source>Hover over a line to read its values in the status bar.</source>
        <translation>Pase el ratón sobre una línea para leer sus valores en la barra de estado.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>The population by age and sex: the base year as bars, a chosen projection year as an outline.</source>
        <translation>La población por edad y sexo: el año base en barras, un año de proyección elegido como contorno.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The projection year drawn as an outline over the base year&apos;s bars (the same for every reform).</source>
        <translation>El año de proyección dibujado como contorno sobre las barras del año base (el mismo para todas las reformas).</translation>
    </message>
    <message>
        <source>Compare with year:</source>
        <translation>Comparar con el año:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Project a pension scheme and compare reforms. With no command, opens the window.</source>
        <translation>Proyectar un régimen de pensiones y comparar reformas. Sin comando, abre la ventana.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>muestra la versión y sale</translation>
    </message>
    <message>
        <source>{prog} {version} (model {model})</source>
        <translation>{prog} {version} (modelo {model})</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>open the window (the default): reform-studio [gui] [WORKBOOK]</source>
        <translation>abre la ventana (por defecto): reform-studio [gui] [LIBRO]</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <source>language of messages and outputs (default: the system&apos;s)</source>
        <translation>idioma de los mensajes y de los resultados (por defecto: el del sistema)</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <source>horizon must be a whole number of years, not {text}</source>
        <translation>el horizonte debe ser un número entero de años, no {text}</translation>
    </message>
    <message>
        <source>horizon must be between 10 and 150 years, not {value}</source>
        <translation>el horizonte debe estar entre 10 y 150 años, no {value}</translation>
    </message>
    <message>
        <source>WORKBOOK</source>
        <translation>LIBRO</translation>
    </message>
    <message>
        <source>input workbook (template version 1 or 2)</source>
        <translation>libro de datos (plantilla versión 1 o 2)</translation>
    </message>
    <message>
        <source>projection horizon in years (10..150)</source>
        <translation>horizonte de proyección en años (10 a 150)</translation>
    </message>
    <message>
        <source>{option} {path} is also an input ({input}): it would be overwritten; choose another file name.</source>
        <translation>{option} {path} es también una entrada ({input}): se sobrescribiría; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>{option} and {other} both name {path}: the second would overwrite the first; choose two file names.</source>
        <translation>{option} y {other} indican ambos {path}: el segundo sobrescribiría el primero; elija dos nombres de archivo.</translation>
    </message>
    <message>
        <source>{path} is in the --csv folder and has the name of an indicator file, so it would be overwritten; choose another folder.</source>
        <translation>{path} está en la carpeta --csv y tiene el nombre de un archivo de indicadores, por lo que se sobrescribiría; elija otra carpeta.</translation>
    </message>
    <message>
        <source>--csv {path} is a file, not a folder: --csv takes a folder, to hold one CSV file per scenario. Give a folder name (the file was left as it is).</source>
        <translation>--csv {path} es un archivo, no una carpeta: --csv espera una carpeta, que recibirá un archivo CSV por escenario. Indique un nombre de carpeta (el archivo no se modificó).</translation>
    </message>
    <message>
        <source>the name is longer than the file system allows</source>
        <translation>el nombre es más largo de lo que permite el sistema de archivos</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>una parte de la ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>la unidad es de solo lectura</translation>
    </message>
    <message>
        <source>Cannot create the folder {path} for --csv: {reason}.</source>
        <translation>No se puede crear la carpeta {path} para --csv: {reason}.</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>advertencia: {message}</translation>
    </message>
    <message>
        <source>project the baseline and each reform of a workbook</source>
        <translation>proyecta el escenario base y cada reforma de un libro</translation>
    </message>
    <message>
        <source>a reform file; repeat for several reforms</source>
        <translation>un archivo de reforma; repítalo para varias reformas</translation>
    </message>
    <message>
        <source>write every indicator as JSON</source>
        <translation>escribe todos los indicadores en JSON</translation>
    </message>
    <message>
        <source>write the comparison workbook</source>
        <translation>escribe el libro de comparación</translation>
    </message>
    <message>
        <source>write one CSV of indicators per scenario</source>
        <translation>escribe un archivo CSV de indicadores por escenario</translation>
    </message>
    <message>
        <source>{title} (base year {year}, horizon {horizon} years)</source>
        <translation>{title} (año base {year}, horizonte {horizon} años)</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>archivo escrito: {path}</translation>
    </message>
    <message>
        <source>wrote {count} CSV files to {path}</source>
        <translation>{count} archivos CSV escritos en {path}</translation>
    </message>
    <message>
        <source>find the value of one lever that just meets a target</source>
        <translation>encuentra el valor de una palanca que cumple una meta al límite</translation>
    </message>
    <message>
        <source>Find the least change of one lever, all others as the reform sets them, that meets a target; the answer is within 0.01 percentage point (rates) or a year (ages).</source>
        <translation>Encuentra el menor cambio de una palanca, con las demás tal como las fija la reforma, que cumple una meta; la respuesta es exacta con un margen de 0,01 punto porcentual (tasas) o de un año (edades).</translation>
    </message>
    <message>
        <source>start from this reform (default: the baseline)</source>
        <translation>parte de esta reforma (por defecto: el escenario base)</translation>
    </message>
    <message>
        <source>the lever to solve for: {levers}</source>
        <translation>la palanca que se calcula: {levers}</translation>
    </message>
    <message>
        <source>what must hold, e.g. {examples}</source>
        <translation>la condición que debe cumplirse, por ejemplo {examples}</translation>
    </message>
    <message>
        <source>write the answer as JSON</source>
        <translation>escribe la respuesta en JSON</translation>
    </message>
    <message>
        <source>{scenario}: {lever} for {target}</source>
        <translation>{scenario}: {lever} para {target}</translation>
    </message>
    <message>
        <source>answer: {value} (now {now}), target met</source>
        <translation>respuesta: {value} (actualmente {now}), meta cumplida</translation>
    </message>
    <message>
        <source>answer: {value} (now {now}), target NOT met</source>
        <translation>respuesta: {value} (actualmente {now}), meta NO cumplida</translation>
    </message>
    <message>
        <source>reserve not depleted within the horizon</source>
        <translation>reserva no agotada dentro del horizonte</translation>
    </message>
    <message>
        <source>reserve depleted in {year}</source>
        <translation>reserva agotada en {year}</translation>
    </message>
    <message>
        <source>with {value}: {reserve}; GAP {gap}; replacement rate in {year} {rate}</source>
        <translation>con {value}: {reserve}; PMG {gap}; tasa de reemplazo en {year} {rate}</translation>
    </message>
    <message>
        <source>share of new retirees qualifying for a pension in {year}: {share}</source>
        <translation>proporción de nuevos jubilados que cumplen el período de calificación en {year}: {share}</translation>
    </message>
    <message>
        <source>write a blank, annotated input workbook</source>
        <translation>escribe un libro de datos en blanco y comentado</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>el libro que se escribe</translation>
    </message>
    <message>
        <source>replace OUT.xlsx if it exists (without it an existing file is never touched)</source>
        <translation>reemplaza OUT.xlsx si existe (sin esta opción, un archivo existente nunca se modifica)</translation>
    </message>
    <message>
        <source>{path} already exists (it may be a workbook you filled in) and was left as it is; choose another name, or add --force to replace it with a blank template.</source>
        <translation>{path} ya existe (puede ser un libro que usted completó) y no se modificó; elija otro nombre, o agregue --force para reemplazarlo por una plantilla en blanco.</translation>
    </message>
    <message>
        <source>wrote {path}: fill it in, then run `reform-studio run {path}`</source>
        <translation>archivo escrito: {path}; complételo y luego ejecute `reform-studio run {path}`</translation>
    </message>
</context>
<context>
    <name>cli_costing</name>
    <message>
        <source>cost a universal or pension-tested basic pension in many countries at once</source>
        <translation>costea una pensión básica universal o condicionada a no percibir otra pensión en muchos países a la vez</translation>
    </message>
    <message>
        <source>For each country: those at or above --age, times the take-up, times the benefit (a share of GDP per head, or --level-ppp-per-day international dollars a day), plus administration; population and GDP as the country&apos;s built workbook projects them (reform-studio new). Groups: World, World Bank regions and income groups, UN regions and sub-regions, and every income group within a region, e.g. &apos;Low income Sub-Saharan Africa&apos; (--groups lists them). Method and limits: docs/methodology.md, &apos;Costing a basic pension across countries&apos;.</source>
        <translation>Para cada país: las personas de --age años o más, multiplicadas por la tasa de acogida y por la prestación (una proporción del PIB por habitante, o --level-ppp-per-day dólares internacionales por día), más los gastos de administración; la población y el PIB son los que proyecta el libro construido para el país (reform-studio new). Grupos: Mundo, regiones y grupos de ingreso del Banco Mundial, regiones y subregiones de la ONU, y cada grupo de ingreso dentro de una región, por ejemplo «África subsahariana de ingreso bajo» (o en inglés «Low income Sub-Saharan Africa»; --groups los muestra). Método y límites: docs/methodology.md, «Costing a basic pension across countries».</translation>
    </message>
    <message>
        <source>names, ISO3 codes or M49 numbers, separated by commas, or a group; repeatable</source>
        <translation>nombres de países (en inglés), códigos ISO3 o números M49, separados por comas, o un grupo (en español o en inglés); puede repetirse</translation>
    </message>
    <message>
        <source>list the group names and exit</source>
        <translation>muestra los nombres de los grupos y sale</translation>
    </message>
    <message>
        <source>age from which the pension is paid (50..80; 65)</source>
        <translation>edad a partir de la cual se paga la pensión (de 50 a 80; por defecto 65)</translation>
    </message>
    <message>
        <source>annual benefit as a share of GDP per head (0..0.5; default 0.2)</source>
        <translation>prestación anual como proporción del PIB por habitante (de 0 a 0.5; por defecto 0.2; decimales con punto)</translation>
    </message>
    <message>
        <source>instead of --level: the benefit in international (PPP) dollars a day, kept constant in purchasing power</source>
        <translation>en lugar de --level: la prestación en dólares internacionales (PPA) por día, constante en poder adquisitivo</translation>
    </message>
    <message>
        <source>universal, or only those without a contributory pension (default universal)</source>
        <translation>universal: todas las personas que tienen la edad; pension_tested: solo quienes no perciben una pensión contributiva (por defecto universal)</translation>
    </message>
    <message>
        <source>share of the eligible who claim (0..1; 1)</source>
        <translation>proporción de los elegibles que solicitan la pensión (de 0 a 1; por defecto 1)</translation>
    </message>
    <message>
        <source>administration as a share of the benefits (0..0.3; 0.05)</source>
        <translation>gastos de administración como proporción de las prestaciones (de 0 a 0.3; por defecto 0.05)</translation>
    </message>
    <message>
        <source>first (a base year: 2020 or 2025) and last year (default 2025:2075)</source>
        <translation>primer año (un año base: 2020 o 2025) y último año (por defecto 2025:2075)</translation>
    </message>
    <message>
        <source>year the ranking uses (default: the first)</source>
        <translation>año que se usa para la clasificación (por defecto: el primero)</translation>
    </message>
    <message>
        <source>write every year of every country as JSON</source>
        <translation>escribe todos los años de cada país en JSON</translation>
    </message>
    <message>
        <source>write a workbook with the ranked table, a chart and every year</source>
        <translation>escribe un libro con la tabla ordenada, un gráfico y todos los años</translation>
    </message>
    <message>
        <source>give the years as FIRST:LAST, e.g. 2025:2075, not {text}</source>
        <translation>indique los años como FIRST:LAST (primero:último), por ejemplo 2025:2075, no {text}</translation>
    </message>
    <message>
        <source>Give the benefit once: --level (a share of GDP per head) or --level-ppp-per-day (PPP dollars a day), not both.</source>
        <translation>Indique la prestación una sola vez: --level (una proporción del PIB por habitante) o --level-ppp-per-day (dólares PPA por día), no ambas.</translation>
    </message>
    <message>
        <source>--rank-year {year} is outside the years costed, {first} to {last}.</source>
        <translation>--rank-year {year} está fuera de los años costeados, de {first} a {last}.</translation>
    </message>
    <message>
        <source>left out: {country}: {reason}</source>
        <translation>excluido: {country}: {reason}</translation>
    </message>
    <message>
        <source>building countries {share}%</source>
        <translation>construcción de los países {share}&#xa0;%</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>{age}+ paid (k)</source>
        <translation>Benef. {age}+ (miles)</translation>
    </message>
    <message>
        <source>% GDP {year}</source>
        <translation>% PIB {year}</translation>
    </message>
    <message>
        <source>% gov. exp. {year}</source>
        <translation>% gasto públ. {year}</translation>
    </message>
    <message>
        <source>% of GDP in {year}</source>
        <translation>% del PIB en {year}</translation>
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
        <translation>el año base es un año, por ejemplo 2025, no {text}</translation>
    </message>
    <message>
        <source>write a complete workbook for a country from the shipped UN/World Bank/ILO/IMF data</source>
        <translation>escribe un libro completo para un país con los datos incluidos de la ONU, el Banco Mundial, la OIT y el FMI</translation>
    </message>
    <message>
        <source>Write a complete input workbook for a country: demography fitted to UN WPP 2024, GDP and economic paths from the World Bank and the IMF WEO, coverage from ILOSTAT; every other figure is a labelled default listed on the workbook&apos;s Checklist sheet.</source>
        <translation>Escribe un libro de datos completo para un país: demografía ajustada a las World Population Prospects 2024 de la ONU (WPP 2024), PIB y trayectorias económicas del Banco Mundial y de las Perspectivas de la economía mundial del FMI (WEO), cobertura tomada de ILOSTAT; cualquier otra cifra es un valor por defecto señalado como tal y enumerado en la hoja Checklist del libro.</translation>
    </message>
    <message>
        <source>the country or area: its UN name, ISO3 code (MWI) or UN M49 number (454)</source>
        <translation>el país o la zona: su nombre en la ONU (en inglés), su código ISO3 (MWI) o su número M49 de la ONU (454)</translation>
    </message>
    <message>
        <source>base year: 2025 (default) or 2020, the years WPP 2024 population is shipped for</source>
        <translation>año base: 2025 (por defecto) o 2020, los años para los que se incluye la población de las WPP 2024</translation>
    </message>
    <message>
        <source>illustrative: a default contributory scheme to replace (default); none: no contributory scheme, for costing a non-contributory pension</source>
        <translation>illustrative: un régimen contributivo por defecto, que debe reemplazarse (por defecto); none: ningún régimen contributivo, para costear una pensión no contributiva</translation>
    </message>
    <message>
        <source>{path} already exists and was left as it is; choose another name, or add --force to replace it.</source>
        <translation>{path} ya existe y no se modificó; elija otro nombre, o agregue --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>wrote {path}: {country} in {year}, population {population}, GDP {gdp} {currency}</source>
        <translation>archivo escrito: {path} — {country} en {year}, población {population}, PIB {gdp} {currency}</translation>
    </message>
    <message>
        <source>wrote {path}: {country} in {year}, population {population}, GDP {gdp} {currency}, {contributors} contributors (illustrative)</source>
        <translation>archivo escrito: {path} — {country} en {year}, población {population}, PIB {gdp} {currency}, {contributors} cotizantes (a título ilustrativo)</translation>
    </message>
    <message>
        <source>next: fill in what its Checklist sheet lists, then run `reform-studio run {path}`</source>
        <translation>a continuación: complete lo que enumera su hoja Checklist y luego ejecute `reform-studio run {path}`</translation>
    </message>
</context>
<context>
    <name>cli_sensitivity</name>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>sensitivity tests: each assumption alone, low and high</source>
        <translation>pruebas de sensibilidad: cada supuesto por separado, bajo y alto</translation>
    </message>
    <message>
        <source>Project the baseline and each reform under each assumption varied alone. Standard set: {tests}. Reports the GAP, the depletion year, and the PAYG cost rate and reserve ratio 25, 50 and 75 years after the base year.</source>
        <translation>Proyecta el escenario base y cada reforma con cada supuesto variado por separado. Conjunto estándar: {tests}. Informa la PMG, el año de agotamiento de la reserva, y la tasa de costo de reparto y el coeficiente de reserva 25, 50 y 75 años después del año base.</translation>
    </message>
    <message>
        <source>replace the standard set (and the workbook&apos;s SensitivityTests sheet): {example}</source>
        <translation>reemplaza el conjunto estándar (y la hoja SensitivityTests del libro): {example}</translation>
    </message>
    <message>
        <source>write every figure as JSON</source>
        <translation>escribe todas las cifras en JSON</translation>
    </message>
    <message>
        <source>write the comparison workbook with a Sensitivity sheet</source>
        <translation>escribe el libro de comparación, con una hoja de las pruebas de sensibilidad</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>libro</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>PMG</translation>
    </message>
    <message>
        <source>depleted</source>
        <translation>agotamiento</translation>
    </message>
    <message>
        <source>PAYG {year}</source>
        <translation>TCR {year}</translation>
    </message>
    <message>
        <source>RR {year}</source>
        <translation>CR {year}</translation>
    </message>
    <message>
        <source>central</source>
        <translation>supuestos centrales</translation>
    </message>
    <message>
        <source>{name}: sensitivity (PAYG = cost rate, RR = reserve ratio in years of spending)</source>
        <translation>{name}: sensibilidad (TCR = tasa de costo de reparto, CR = coeficiente de reserva en años de gasto)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>cli_standards</name>
    <message>
        <source>check the baseline and each reform against ILO conventions C102 and C128</source>
        <translation>contrasta el escenario base y cada reforma con los convenios C102 y C128 de la OIT</translation>
    </message>
    <message>
        <source>Compute the benefit of the conventions&apos; standard beneficiaries (30 years of contribution at the average wage for old age, 15 years for invalidity and survivors) by the scheme&apos;s own rules in every year, and check it and the qualifying periods, the pensionable age and the indexation against C102 and C128. Items: {items} (see docs/methodology.md, section 18).</source>
        <translation>Calcula cada año, con las reglas propias del régimen, la prestación de los beneficiarios tipo de los convenios (30 años de cotización con el salario promedio para la vejez, 15 años para la invalidez y los sobrevivientes) y la contrasta con los convenios C102 y C128, junto con los períodos de calificación, la edad de jubilación y la indexación de las pensiones. Elementos: {items} (véase docs/methodology.md, sección 18).</translation>
    </message>
    <message>
        <source>write the checks as JSON</source>
        <translation>escribe los controles en JSON</translation>
    </message>
    <message>
        <source>write the comparison workbook with a Standards sheet</source>
        <translation>escribe el libro de comparación, con una hoja de las normas de la OIT</translation>
    </message>
    <message>
        <source>Not judged: {branches}.</source>
        <translation>No evaluado: {branches}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>cli_stochastic</name>
    <message>
        <source>--paths must be a whole number, not {text}</source>
        <translation>--paths debe ser un número entero, no {text}</translation>
    </message>
    <message>
        <source>--paths must be from 1 to {most}, not {value}</source>
        <translation>--paths debe estar entre 1 y {most}, no {value}</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not {text}</source>
        <translation>--seed debe ser un número entero, no {text}</translation>
    </message>
    <message>
        <source>--seed must be from 0 to 2^63 - 1, not {value}</source>
        <translation>--seed debe estar entre 0 y 2^63 - 1, no {value}</translation>
    </message>
    <message>
        <source>stochastic projections: fans, probability of depletion, GAP distribution</source>
        <translation>proyecciones estocásticas: abanicos, probabilidad de agotamiento, distribución de la PMG</translation>
    </message>
    <message>
        <source>Project the baseline and each reform over N economic paths (inflation, real wage growth and the investment return drawn around the workbook&apos;s assumptions by a VAR(1) model; volatilities from the workbook&apos;s Stochastic sheet, else the documented defaults).</source>
        <translation>Proyecta el escenario base y cada reforma sobre N trayectorias económicas (inflación, crecimiento real de los salarios y tasa de rendimiento de las inversiones sorteados en torno a los supuestos del libro mediante un modelo VAR(1); volatilidades de la hoja Stochastic del libro o, en su defecto, los valores por defecto documentados).</translation>
    </message>
    <message>
        <source>number of paths, e.g. 1000</source>
        <translation>número de trayectorias, por ejemplo 1000</translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same numbers</source>
        <translation>semilla aleatoria: la misma semilla da las mismas cifras</translation>
    </message>
    <message>
        <source>write percentiles by year as JSON</source>
        <translation>escribe los percentiles por año en JSON</translation>
    </message>
    <message>
        <source>write the comparison workbook with a Stochastic sheet</source>
        <translation>escribe el libro de comparación, con una hoja de las proyecciones estocásticas</translation>
    </message>
    <message>
        <source>1 path, seed {seed}</source>
        <translation>1 trayectoria, semilla {seed}</translation>
    </message>
    <message>
        <source>{paths} paths, seed {seed}</source>
        <translation>{paths} trayectorias, semilla {seed}</translation>
    </message>
    <message>
        <source>{name}: GAP p5 {p5}, median {median}, p95 {p95}</source>
        <translation>{name}: PMG p5 {p5}, mediana {median}, p95 {p95}</translation>
    </message>
    <message>
        <source>{year}: reserve ratio p5 {p5}, median {median}, p95 {p95}; reserve exhausted by then in {share} of paths</source>
        <translation>{year}: coeficiente de reserva p5 {p5}, mediana {median}, p95 {p95}; reserva agotada para entonces en el {share} de las trayectorias</translation>
    </message>
</context>
<context>
    <name>costing</name>
    <message>
        <source>Pension test: those with a contributory pension in the built workbook&apos;s illustrative scheme (default rules and pensioners, to replace) are not eligible.</source>
        <translation>Condición de no percibir otra pensión: quienes tienen una pensión contributiva en el régimen ilustrativo del libro construido (reglas y pensionados por defecto, que deben reemplazarse) no tienen derecho.</translation>
    </message>
    <message>
        <source>{title} {value} is out of range: give a value between {low} and {high} {unit}.</source>
        <translation>{title}: {value} está fuera del rango; indique un valor entre {low} y {high} {unit}.</translation>
    </message>
    <message>
        <source>{title} {value} is out of range: give a value between {low} and {high} (a share: {low_percent} to {high_percent} {unit}).</source>
        <translation>{title}: {value} está fuera del rango; indique un valor entre {low} y {high} (una proporción: de {low_percent} a {high_percent} {unit}).</translation>
    </message>
    <message>
        <source>Basic pension age {age} must be a whole number of years.</source>
        <translation>La edad de la pensión básica, {age}, debe ser un número entero de años.</translation>
    </message>
    <message>
        <source>A benefit of {amount} PPP dollars a day is out of range: give a value above 0 and at most {most}.</source>
        <translation>Una prestación de {amount} dólares PPA por día está fuera del rango: indique un valor mayor que 0 y no mayor que {most}.</translation>
    </message>
    <message>
        <source>Targeting &apos;{targeting}&apos; is unknown: use universal or pension_tested.</source>
        <translation>La focalización «{targeting}» es desconocida: use universal o pension_tested.</translation>
    </message>
    <message>
        <source>The costing starts in a base year of the shipped population: {years}, not {year}.</source>
        <translation>El costeo comienza en un año base de la población incluida: {years}, no {year}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>The last year {last} must be between the first year {first} and {limit}.</source>
        <translation>El último año, {last}, debe estar entre el primer año, {first}, y {limit}.</translation>
    </message>
    <message>
        <source>{amount} international (PPP) dollars a day</source>
        <translation>{amount} dólares internacionales (PPA) por día</translation>
    </message>
    <message>
        <source>{share}% of GDP per head</source>
        <translation>{share}&#xa0;% del PIB por habitante</translation>
    </message>
    <message>
        <source>everyone aged {age} or over</source>
        <translation>todas las personas de {age} años o más</translation>
    </message>
    <message>
        <source>those without a contributory pension aged {age} or over</source>
        <translation>las personas de {age} años o más que no perciben una pensión contributiva</translation>
    </message>
    <message>
        <source>1 country</source>
        <translation>1 país</translation>
    </message>
    <message>
        <source>{count} countries</source>
        <translation>{count} países</translation>
    </message>
    <message>
        <source>Basic pension of {benefit} for {who}, take-up {take_up}%, administration {admin}% of benefits; {countries}, {first}-{last}.</source>
        <translation>Pensión básica de {benefit} para {who}, tasa de acogida {take_up}&#xa0;%, gastos de administración {admin}&#xa0;% de las prestaciones; {countries}, {first}-{last}.</translation>
    </message>
    <message>
        <source>The workbook of {country} could not be built: {reason}.</source>
        <translation>No se pudo construir el libro de {country}: {reason}.</translation>
    </message>
    <message>
        <source>None of the countries named can be costed: {reasons}</source>
        <translation>Ninguno de los países indicados puede costearse: {reasons}</translation>
    </message>
    <message>
        <source>The workbooks of {countries} end before {year}: choose an earlier last year.</source>
        <translation>Los libros de {countries} terminan antes de {year}: elija un último año anterior.</translation>
    </message>
    <message>
        <source>No GDP from the World Bank or the IMF: the workbook&apos;s GDP is a placeholder (its region&apos;s median GDP per head, in US$), so the cost in money rests on it.</source>
        <translation>Sin PIB del Banco Mundial ni del FMI: el PIB del libro es un valor provisional (el PIB mediano por habitante de su región, en dólares estadounidenses), del que depende el costo en moneda.</translation>
    </message>
    <message>
        <source>No GDP from the World Bank or the IMF: the workbook&apos;s GDP is a placeholder (its region&apos;s median GDP per head, in US$), so the cost in money and as % of GDP rests on it.</source>
        <translation>Sin PIB del Banco Mundial ni del FMI: el PIB del libro es un valor provisional (el PIB mediano por habitante de su región, en dólares estadounidenses), del que dependen el costo en moneda y el costo en % del PIB.</translation>
    </message>
    <message>
        <source>No PPP conversion factor in WDI: the benefit in PPP dollars cannot be converted.</source>
        <translation>Sin factor de conversión PPA en los WDI: la prestación en dólares PPA no puede convertirse.</translation>
    </message>
    <message>
        <source>PPP factor of {year} not carried to {base_year}: the WEO has no inflation for those years.</source>
        <translation>Factor PPA de {year} no trasladado a {base_year}: el WEO no da la inflación de esos años.</translation>
    </message>
    <message>
        <source>PPP factor {factor} of {year} (WDI), at {base_year} prices with WEO inflation.</source>
        <translation>Factor PPA de {factor} de {year} (WDI), llevado a precios de {base_year} con la inflación del WEO.</translation>
    </message>
    <message>
        <source>No IMF WEO government expenditure: cost to government expenditure unknown.</source>
        <translation>Sin gasto público en el WEO del FMI: costo en relación con el gasto público desconocido.</translation>
    </message>
    <message>
        <source>Government expenditure held at its {year} share of GDP ({share} %) after {year}.</source>
        <translation>Gasto público mantenido después de {year} en su proporción del PIB de {year} ({share}&#xa0;%).</translation>
    </message>
</context>
<context>
    <name>costing_chart</name>
    <message>
        <source>Low income</source>
        <translation>Ingreso bajo</translation>
    </message>
    <message>
        <source>Lower middle income</source>
        <translation>Ingreso mediano bajo</translation>
    </message>
    <message>
        <source>Upper middle income</source>
        <translation>Ingreso mediano alto</translation>
    </message>
    <message>
        <source>High income</source>
        <translation>Ingreso alto</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>Cost of the basic pension, % of GDP</source>
        <translation>Costo de la pensión básica, % del PIB</translation>
    </message>
    <message>
        <source>World Bank income group</source>
        <translation>Grupo de ingreso del Banco Mundial</translation>
    </message>
    <message>
        <source>{cost} of GDP</source>
        <translation>{cost} del PIB</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>costing_view</name>
    <message>
        <source>{tip} ({unit}, {low} to {high} %).</source>
        <translation>{tip} ({unit}, de {low} a {high}&#xa0;%).</translation>
    </message>
    <message>
        <source>Countries (names, ISO3 codes or M49 numbers, separated by commas) or a group: a World Bank region or income group, a UN region, or both, e.g. &apos;Low income Sub-Saharan Africa&apos; or &apos;Lower middle income Southern Asia&apos;.</source>
        <translation>Países (nombres, códigos ISO3 o números M49, separados por comas) o un grupo: una región o un grupo de ingreso del Banco Mundial, una región de la ONU, o ambos, por ejemplo «África subsahariana de ingreso bajo» o «Asia meridional de ingreso mediano bajo» (también se aceptan los nombres en inglés).</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Países:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Age from which the pension is paid: everyone at or above it is eligible.</source>
        <translation>Edad a partir de la cual se paga la pensión: toda persona que la alcanza tiene derecho.</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>E&amp;dad:</translation>
    </message>
    <message>
        <source>Share of GDP per head</source>
        <translation>Proporción del PIB por habitante</translation>
    </message>
    <message>
        <source>The benefit keeps its share of income per head as the economy grows.</source>
        <translation>La prestación mantiene su proporción del ingreso por habitante a medida que crece la economía.</translation>
    </message>
    <message>
        <source>PPP dollars a day</source>
        <translation>Dólares PPA por día</translation>
    </message>
    <message>
        <source>The benefit buys the same basket in every year: international dollars a day at the prices of the latest World Bank PPP factor, indexed to prices.</source>
        <translation>La prestación compra la misma canasta cada año: dólares internacionales por día a los precios del último factor PPA del Banco Mundial, indexados a los precios.</translation>
    </message>
    <message>
        <source>Benefit as:</source>
        <translation>Prestación en:</translation>
    </message>
    <message>
        <source>Annual benefit as a share of GDP per head</source>
        <translation>Prestación anual como proporción del PIB por habitante</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> por día</translation>
    </message>
    <message>
        <source>Benefit in international (PPP) dollars a day per person; 2.15 is the World Bank&apos;s extreme poverty line (2017 PPP).</source>
        <translation>Prestación en dólares internacionales (PPA) por día y por persona; 2,15 es la línea de pobreza extrema del Banco Mundial (PPA de 2017).</translation>
    </message>
    <message>
        <source>&amp;PPP amount:</source>
        <translation>&amp;Monto en PPA:</translation>
    </message>
    <message>
        <source>Universal</source>
        <translation>Universal</translation>
    </message>
    <message>
        <source>Pension-tested</source>
        <translation>Condicionada a no tener pensión</translation>
    </message>
    <message>
        <source>Universal: everyone at or above the age. Pension-tested: only those without a contributory pension (as projected by each country&apos;s built workbook).</source>
        <translation>Universal: todas las personas que alcanzan la edad. Condicionada a no tener pensión: solo quienes no perciben una pensión contributiva (según la proyección del libro construido para cada país).</translation>
    </message>
    <message>
        <source>&amp;Targeting:</source>
        <translation>&amp;Focalización:</translation>
    </message>
    <message>
        <source>Share of the eligible who claim the pension</source>
        <translation>Proporción de los elegibles que solicitan la pensión</translation>
    </message>
    <message>
        <source>Take-&amp;up:</source>
        <translation>Tasa de a&amp;cogida:</translation>
    </message>
    <message>
        <source>Delivery cost as a share of the benefits paid</source>
        <translation>Costo de gestión como proporción de las prestaciones pagadas</translation>
    </message>
    <message>
        <source>Ad&amp;ministration:</source>
        <translation>&amp;Administración:</translation>
    </message>
    <message>
        <source>First year costed: a base year of the shipped UN population.</source>
        <translation>Primer año costeado: un año base de la población de la ONU incluida.</translation>
    </message>
    <message>
        <source>Last year costed (the table also shows the cost in this year).</source>
        <translation>Último año costeado (la tabla también muestra el costo de ese año).</translation>
    </message>
    <message>
        <source>Year whose cost ranks the countries in the chart and the table.</source>
        <translation>Año cuyo costo ordena los países en el gráfico y la tabla.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>Añ&amp;os:</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>C&amp;lasificar por:</translation>
    </message>
    <message>
        <source>Universal pension costing</source>
        <translation>Costo de una pensión universal</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Se escribió {path}.</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>Co&amp;stear</translation>
    </message>
    <message>
        <source>Cost the pension in every country named (Ctrl+Return). The first costing of a country builds its demography, a second or two each.</source>
        <translation>Costear la pensión en cada país indicado (Ctrl+Intro). El primer costeo de un país construye su demografía, uno o dos segundos cada uno.</translation>
    </message>
    <message>
        <source>Building the countries&apos; demography and costing the pension (a country built once is kept, also for the next session).</source>
        <translation>Construcción de la demografía de los países y costeo de la pensión (un país construido se conserva, también para la sesión siguiente).</translation>
    </message>
    <message>
        <source>Name countries or a group, then Cost.</source>
        <translation>Indique países o un grupo y luego Costear.</translation>
    </message>
    <message>
        <source>Cost of the pension as % of GDP in the ranking year, dearest on top, coloured by World Bank income group.</source>
        <translation>Costo de la pensión en % del PIB en el año de clasificación, el más caro arriba, coloreado según el grupo de ingreso del Banco Mundial.</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>Ta&amp;bla</translation>
    </message>
    <message>
        <source>The ranked chart, and the table behind it (Ctrl+C copies it for a spreadsheet).</source>
        <translation>El gráfico ordenado y la tabla que lo sustenta (Ctrl+C la copia para una hoja de cálculo).</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Write a workbook with the ranked table, a chart and every year (Ctrl+E).</source>
        <translation>Escribir un libro con la tabla ordenada, un gráfico y todos los años (Ctrl+E).</translation>
    </message>
    <message>
        <source>Close the costing (Esc).</source>
        <translation>Cerrar el costeo (Esc).</translation>
    </message>
    <message>
        <source>Costing {count} countries…</source>
        <translation>Costeando {count} países…</translation>
    </message>
    <message>
        <source>Cost as % of GDP, {year}</source>
        <translation>Costo en % del PIB, {year}</translation>
    </message>
    <message>
        <source>Left out: {countries}.</source>
        <translation>Excluidos: {countries}.</translation>
    </message>
    <message>
        <source>Export the costing</source>
        <translation>Exportar el costeo</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Escribiendo {path}…</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>&amp;Universal pension costing…</source>
        <translation>Costo de una pensión &amp;universal…</translation>
    </message>
    <message>
        <source>Cost a universal or pension-tested basic pension in many countries at once, from the shipped data.</source>
        <translation>Costear una pensión básica universal o condicionada a no tener pensión en muchos países a la vez, con los datos incluidos.</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <source>--scheme is &apos;{scheme}&apos;: choose one of {choices}.</source>
        <translation>--scheme es «{scheme}»: elija uno de {choices}.</translation>
    </message>
    <message>
        <source>The assumptions give {country} no contributors: raise the coverage.</source>
        <translation>Con estos supuestos, {country} no tiene cotizantes: aumente la cobertura.</translation>
    </message>
    <message>
        <source>Name a country: its name, ISO3 code (e.g. MWI) or UN M49 number (e.g. 454).</source>
        <translation>Indique un país: su nombre, su código ISO3 (p. ej., MWI) o su número M49 de las Naciones Unidas (p. ej., 454).</translation>
    </message>
    <message>
        <source>&apos;{wanted}&apos; matches {count} countries: {names}. Give the full name or the ISO3 code.</source>
        <translation>«{wanted}» corresponde a {count} países: {names}. Indique el nombre completo o el código ISO3.</translation>
    </message>
    <message>
        <source>No country or area called &apos;{wanted}&apos; in the shipped UN data. Closest: {names}.</source>
        <translation>Ningún país o zona se llama «{wanted}» en los datos de las Naciones Unidas incluidos. Los más parecidos: {names}.</translation>
    </message>
    <message>
        <source>No country or area called &apos;{wanted}&apos; in the shipped UN data. Give a name as the UN writes it, an ISO3 code (e.g. MWI) or an M49 number (e.g. 454).</source>
        <translation>Ningún país o zona se llama «{wanted}» en los datos de las Naciones Unidas incluidos. Indique el nombre como lo escriben las Naciones Unidas (en inglés), un código ISO3 (p. ej., MWI) o un número M49 (p. ej., 454).</translation>
    </message>
    <message>
        <source>The shipped WPP population of {country} has no {year}: the years are {years}.</source>
        <translation>La población WPP incluida para {country} no tiene el año {year}: los años disponibles son {years}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>country_data</name>
    <message>
        <source>Population, mortality, fertility, migration</source>
        <translation>Población, mortalidad, fecundidad, migración</translation>
    </message>
    <message>
        <source>United Nations, Department of Economic and Social Affairs, Population Division (2024). World Population Prospects 2024. Licence CC BY 3.0 IGO. Extracted from the R data package wpp2024 (github.com/PPgp/wpp2024, commit 2da7768; 5-year population commit 33717a3).</source>
        <translation>United Nations, Department of Economic and Social Affairs, Population Division (2024). World Population Prospects 2024. Licencia CC BY 3.0 IGO. Extraído del paquete de datos de R wpp2024 (github.com/PPgp/wpp2024, commit 2da7768; población por grupos quinquenales: commit 33717a3).</translation>
    </message>
    <message>
        <source>GDP, World Bank regions and income groups</source>
        <translation>PIB, regiones y grupos de ingreso del Banco Mundial</translation>
    </message>
    <message>
        <source>World Bank, World Development Indicators (GDP in current local currency and US$, GDP per capita PPP, PPP conversion factor, 2000-2023; country groups). Licence CC BY 4.0. Via github.com/relatoscondatos/data_global, commit 1473f4e.</source>
        <translation>World Bank, World Development Indicators (PIB en moneda local a precios corrientes y en dólares de los EE. UU., PIB per cápita en PPA, factor de conversión de PPA, 2000-2023; grupos de países). Licencia CC BY 4.0. Vía github.com/relatoscondatos/data_global, commit 1473f4e.</translation>
    </message>
    <message>
        <source>Informal employment</source>
        <translation>Empleo informal</translation>
    </message>
    <message>
        <source>International Labour Organization, ILOSTAT database, &apos;Informal employment rate by sex (%) - annual&apos; (file dated 2024-07-26, accessed July 2024). Licence CC BY 4.0. Survey years and types differ: indicative defaults only.</source>
        <translation>International Labour Organization, ILOSTAT database, &apos;Informal employment rate by sex (%) - annual&apos; (archivo fechado el 2024-07-26, consultado en julio de 2024). Licencia CC BY 4.0. Los años y los tipos de encuesta difieren: solo valores por defecto indicativos.</translation>
    </message>
    <message>
        <source>Growth, inflation, unemployment, government expenditure</source>
        <translation>Crecimiento, inflación, desempleo, gasto público</translation>
    </message>
    <message>
        <source>International Monetary Fund, World Economic Outlook Database, April 2024 (2015-2029; 2024 on are projections). Used under the IMF&apos;s terms for its statistical data; source: IMF.</source>
        <translation>International Monetary Fund, World Economic Outlook Database, April 2024 (2015-2029; proyecciones desde 2024). Utilizado según las condiciones del FMI para sus datos estadísticos; fuente: FMI.</translation>
    </message>
    <message>
        <source>illustrative default, not a statistic: replace it</source>
        <translation>valor por defecto ilustrativo, no una estadística: reemplácelo</translation>
    </message>
    <message>
        <source>Illustrative contributory scheme (defaults to replace)</source>
        <translation>Régimen contributivo ilustrativo (valores por defecto que deben reemplazarse)</translation>
    </message>
    <message>
        <source>Illustrative defined-benefit scheme built from UN, World Bank, ILO and IMF data: every rule, the membership and the pensioners are defaults to replace (Checklist sheet).</source>
        <translation>Régimen ilustrativo de prestación definida construido a partir de datos de las Naciones Unidas, el Banco Mundial, la OIT y el FMI: todas las reglas, la afiliación y los pensionados son valores por defecto que deben reemplazarse (hoja Checklist).</translation>
    </message>
</context>
<context>
    <name>country_dialog</name>
    <message>
        <source>Country or area</source>
        <translation>País o zona</translation>
    </message>
    <message>
        <source>World Bank region</source>
        <translation>Región del Banco Mundial</translation>
    </message>
    <message>
        <source>Income group</source>
        <translation>Grupo de ingreso</translation>
    </message>
    <message>
        <source>Illustrative contributory scheme (defaults to replace)</source>
        <translation>Régimen contributivo ilustrativo (valores por defecto por reemplazar)</translation>
    </message>
    <message>
        <source>No contributory scheme (for a non-contributory pension)</source>
        <translation>Sin régimen contributivo (para una pensión no contributiva)</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>{people} ({year}, UN WPP 2024)</source>
        <translation>{people} ({year}, WPP 2024 de la ONU)</translation>
    </message>
    <message>
        <source>Aged {age} and over</source>
        <translation>{age} años y más</translation>
    </message>
    <message>
        <source>{share} of the population</source>
        <translation>{share} de la población</translation>
    </message>
    <message>
        <source>World Bank group</source>
        <translation>Grupo del Banco Mundial</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sin región</translation>
    </message>
    <message>
        <source>no income group</source>
        <translation>sin grupo de ingreso</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>PIB</translation>
    </message>
    <message>
        <source>{amount} in {year}: {source}</source>
        <translation>{amount} en {year}: {source}</translation>
    </message>
    <message>
        <source>GDP per head</source>
        <translation>PIB por habitante</translation>
    </message>
    <message>
        <source>{amount} international (PPP) dollars a year ({year}, WDI)</source>
        <translation>{amount} dólares internacionales (PPA) al año ({year}, WDI)</translation>
    </message>
    <message>
        <source>Informal employment</source>
        <translation>Empleo informal</translation>
    </message>
    <message>
        <source>no ILOSTAT rate: a default is used</source>
        <translation>sin tasa de ILOSTAT: se usa un valor por defecto</translation>
    </message>
    <message>
        <source>{share} of employment ({year}, ILOSTAT)</source>
        <translation>{share} del empleo ({year}, ILOSTAT)</translation>
    </message>
    <message>
        <source>growth, inflation and government expenditure to 2029</source>
        <translation>crecimiento, inflación y gasto público hasta 2029</translation>
    </message>
    <message>
        <source>not covered: long-run defaults</source>
        <translation>no cubierto: valores por defecto de largo plazo</translation>
    </message>
    <message>
        <source>New workbook from country data</source>
        <translation>Nuevo libro a partir de los datos de un país</translation>
    </message>
    <message>
        <source>Search: name, ISO3, region or income group</source>
        <translation>Buscar: nombre, ISO3, región o grupo de ingreso</translation>
    </message>
    <message>
        <source>Type part of a name, an ISO3 code, a World Bank region or an income group; the list keeps the matches (Down moves into the list).</source>
        <translation>Escriba parte de un nombre, un código ISO3, una región del Banco Mundial o un grupo de ingreso; la lista conserva las coincidencias (Abajo entra en la lista).</translation>
    </message>
    <message>
        <source>The 236 countries and areas of UN WPP 2024; click a column to sort.</source>
        <translation>Los 236 países y zonas de las WPP 2024 de la ONU; haga clic en una columna para ordenar.</translation>
    </message>
    <message>
        <source>Base year of the workbook: a year the UN population is shipped for.</source>
        <translation>Año base del libro: un año para el que se incluye la población de la ONU.</translation>
    </message>
    <message>
        <source>Illustrative: a default contributory scheme, listed on the Checklist sheet to replace. None: demography and economy only, to cost a non-contributory pension.</source>
        <translation>Ilustrativo: un régimen contributivo por defecto, listado en la hoja Checklist para reemplazarlo. Ninguno: solo demografía y economía, para costear una pensión no contributiva.</translation>
    </message>
    <message>
        <source>&amp;Base year:</source>
        <translation>Año &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Régimen:</translation>
    </message>
    <message>
        <source>Population by single age and sex in the base year (UN WPP 2024, graduated).</source>
        <translation>Población por edad simple y sexo en el año base (WPP 2024 de la ONU, graduada).</translation>
    </message>
    <message>
        <source>The main figures of the shipped data for this country, with their sources.</source>
        <translation>Las principales cifras de los datos incluidos para este país, con sus fuentes.</translation>
    </message>
    <message>
        <source>Fitting the demography to the UN projection and writing the workbook.</source>
        <translation>Ajuste de la demografía a la proyección de la ONU y escritura del libro.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Choose where to write the workbook, build it and open it (Ctrl+S).</source>
        <translation>Elegir dónde escribir el libro, construirlo y abrirlo (Ctrl+S).</translation>
    </message>
    <message>
        <source>Close without writing (Esc).</source>
        <translation>Cerrar sin escribir (Esc).</translation>
    </message>
    <message>
        <source>No country matches the search.</source>
        <translation>Ningún país coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({iso3}, M49 {m49}, currency {currency})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({iso3}, M49 {m49}, moneda {currency})</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Write the country&apos;s workbook</source>
        <translation>Escribir el libro del país</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>a new workbook</source>
        <translation>un nuevo libro</translation>
    </message>
    <message>
        <source>Building {name} ({year}, {scheme})…</source>
        <translation>Construyendo {name} ({year}, {scheme})…</translation>
    </message>
    <message>
        <source>New from &amp;country…</source>
        <translation>Nuevo a partir de un &amp;país…</translation>
    </message>
    <message>
        <source>Write a complete workbook for any country from the UN, World Bank, ILO and IMF data shipped with the application, then open it.</source>
        <translation>Escribir un libro completo para cualquier país con los datos de la ONU, el Banco Mundial, la OIT y el FMI incluidos en la aplicación, y luego abrirlo.</translation>
    </message>
</context>
<context>
    <name>country_workbook</name>
    <message>
        <source>effective path fitted so that the spec&apos;s projection reproduces WPP 2024 (medium variant); not WPP&apos;s official figure (see the Sources sheet)</source>
        <translation>trayectoria efectiva ajustada para que la proyección de la especificación reproduzca WPP 2024 (variante media); no es la cifra oficial de WPP (véase la hoja Sources)</translation>
    </message>
    <message>
        <source>fraction of insurable wage</source>
        <translation>fracción del salario asegurable</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>fraction per year of service</source>
        <translation>fracción por año de servicio</translation>
    </message>
    <message>
        <source>final years averaged into the reference wage</source>
        <translation>últimos años promediados en el salario de referencia</translation>
    </message>
    <message>
        <source>none|prices|wages</source>
        <translation>none|prices|wages (en inglés)</translation>
    </message>
    <message>
        <source>revaluation of past wages at award</source>
        <translation>revalorización de los salarios pasados al otorgar la pensión</translation>
    </message>
    <message>
        <source>fraction of average insurable wage</source>
        <translation>fracción del salario asegurable promedio</translation>
    </message>
    <message>
        <source>fraction of reference wage</source>
        <translation>fracción del salario de referencia</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>fracción decimal</translation>
    </message>
    <message>
        <source>0 = prices, 1 = wages</source>
        <translation>0 = precios, 1 = salarios</translation>
    </message>
    <message>
        <source>fraction of a year</source>
        <translation>fracción del año</translation>
    </message>
    <message>
        <source>fraction of contributions</source>
        <translation>fracción de las cotizaciones</translation>
    </message>
    <message>
        <source>fraction of expenditure</source>
        <translation>fracción del gasto</translation>
    </message>
    <message>
        <source>sd of log wage</source>
        <translation>desviación estándar del log del salario</translation>
    </message>
    <message>
        <source>spread of earnings within a cohort (10 classes)</source>
        <translation>dispersión de los salarios dentro de una cohorte (10 clases)</translation>
    </message>
    <message>
        <source>spread of service within a cohort (5 classes)</source>
        <translation>dispersión de los años de servicio dentro de una cohorte (5 clases)</translation>
    </message>
    <message>
        <source>times the average wage</source>
        <translation>veces el salario promedio</translation>
    </message>
    <message>
        <source>wages above it are neither contributed on nor pensioned</source>
        <translation>la parte del salario que lo excede no cotiza ni cuenta para la pensión</translation>
    </message>
    <message>
        <source>qualifying period for an old-age pension</source>
        <translation>período de calificación para la pensión de vejez</translation>
    </message>
    <message>
        <source>lump sum, of the reference wage, for those short of the qualifying period</source>
        <translation>pago único, como fracción del salario de referencia, para quienes no cumplen el período de calificación</translation>
    </message>
    <message>
        <source>service needed for a disability pension</source>
        <translation>servicio requerido para una pensión de invalidez</translation>
    </message>
    <message>
        <source>share of the years to the pensionable age credited</source>
        <translation>proporción de los años hasta la edad de jubilación que se acredita</translation>
    </message>
    <message>
        <source>times qx</source>
        <translation>veces qx</translation>
    </message>
    <message>
        <source>disability pensioners&apos; mortality</source>
        <translation>mortalidad de los pensionados de invalidez</translation>
    </message>
    <message>
        <source>a spouse&apos;s pension, of the deceased&apos;s pension</source>
        <translation>pensión del cónyuge, como fracción de la pensión del fallecido</translation>
    </message>
    <message>
        <source>each orphan&apos;s pension, of the deceased&apos;s pension</source>
        <translation>pensión de cada huérfano, como fracción de la pensión del fallecido</translation>
    </message>
    <message>
        <source>orphans are paid until this age</source>
        <translation>los huérfanos cobran hasta esta edad</translation>
    </message>
    <message>
        <source>husband&apos;s age minus wife&apos;s</source>
        <translation>edad del esposo menos la de la esposa</translation>
    </message>
    <message>
        <source>service a contributor needs to leave survivors&apos; pensions</source>
        <translation>servicio que un cotizante necesita para generar pensiones de sobrevivientes</translation>
    </message>
    <message>
        <source>lump sum on a member&apos;s death</source>
        <translation>pago único por el fallecimiento de un asegurado (gastos funerarios)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>No contributory scheme</source>
        <translation>Sin régimen contributivo</translation>
    </message>
    <message>
        <source>demography and economy only, for costing a non-contributory pension (Scheme rules set to zero; nobody contributes)</source>
        <translation>solo demografía y economía, para costear una pensión no contributiva (reglas de la hoja Scheme en cero; nadie cotiza)</translation>
    </message>
    <message>
        <source>no contributory scheme</source>
        <translation>sin régimen contributivo</translation>
    </message>
    <message>
        <source>UN name; ISO3 {iso3}, M49 {m49}</source>
        <translation>nombre oficial de las Naciones Unidas (en inglés); ISO3 {iso3}, M49 {m49}</translation>
    </message>
    <message>
        <source>ISO 4217 code</source>
        <translation>código ISO 4217</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>population at 1 January {year}: WPP 2024&apos;s mid-year figure</source>
        <translation>población al 1 de enero de {year}: cifra de mitad de año de WPP 2024</translation>
    </message>
    <message>
        <source>projection to 2100, the end of the WPP projections</source>
        <translation>proyección hasta 2100, final de las proyecciones de WPP</translation>
    </message>
    <message>
        <source>{rule}; {status}</source>
        <translation>{rule}; {status}</translation>
    </message>
    <message>
        <source>reserve at 1 January {year} = {years} x the base-year expenditure (all branches); {status}</source>
        <translation>reserva al 1 de enero de {year} = {years} veces el gasto del año base (todas las ramas); {status}</translation>
    </message>
    <message>
        <source>annual qx improvement after the last MortalityByYear anchor, WPP&apos;s pace over its last decade ({pace}); tfr, net_migration and sex_ratio_at_birth are paths in DemographyByYear</source>
        <translation>mejora anual de qx después del último año de anclaje de MortalityByYear, al ritmo de WPP en su última década ({pace}); tfr, net_migration y sex_ratio_at_birth son trayectorias en DemographyByYear</translation>
    </message>
    <message>
        <source>fraction per year</source>
        <translation>fracción decimal por año</translation>
    </message>
    <message>
        <source>WPP 2024 population by sex and 5-year group (mid-year, used as 1 January of the base year), graduated to single ages with a monotone cubic (PCHIP) spline through the cumulative counts; every group total kept to the person.</source>
        <translation>Población de WPP 2024 por sexo y grupo quinquenal de edad (a mitad de año, tomada como el 1 de enero del año base), desagregada por edad simple con una spline cúbica monótona (PCHIP) que pasa por los efectivos acumulados; cada total de grupo se conserva exactamente, a la persona.</translation>
    </message>
    <message>
        <source>WPP 2024 central death rates nmx, log-linear between periods to the middle of each workbook year; single-age forces fitted so that every 5-year group&apos;s life-table death rate equals WPP&apos;s nmx; qx = 1 - L(x+1)/L(x). Anchors every 5 years.</source>
        <translation>Tasas centrales de mortalidad nmx de WPP 2024, log-lineales entre períodos hasta la mitad de cada año del libro; fuerzas de mortalidad por edad simple ajustadas para que la tasa de mortalidad de la tabla de cada grupo quinquenal sea igual al nmx de WPP; qx = 1 - L(x+1)/L(x). Años de anclaje cada 5 años.</translation>
    </message>
    <message>
        <source>WPP 2024 age pattern of fertility of the base year, graduated to single ages 15-49.</source>
        <translation>Estructura por edad de la fecundidad de WPP 2024 del año base, desagregada por edad simple de 15 a 49 años.</translation>
    </message>
    <message>
        <source>Effective paths, one row a year: {effective}. The TFR and sex ratio make the spec&apos;s newborns equal WPP&apos;s (births from WPP&apos;s TFR and age pattern, surviving to the year&apos;s end, plus migrants aged 0); net migration scales the Migration profile so that the population aged 1 and over follows WPP&apos;s flows by age. WPP&apos;s own TFR in the first year: {tfr}; net migration {migration}.</source>
        <translation>Trayectorias efectivas, una fila por año: {effective}. La TGF y la razón de sexos hacen que los recién nacidos de la especificación igualen los de WPP (nacimientos a partir de la TGF y la estructura por edad de WPP, que sobreviven hasta el final del año, más los migrantes de edad 0); la migración neta escala el perfil de la hoja Migration para que la población de 1 año y más siga los flujos de WPP por edad. TGF propia de WPP en el primer año: {tfr}; migración neta {migration}.</translation>
    </message>
    <message>
        <source>WPP 2024 net migrants by sex and 5-year age (ages at the end of the year), graduated; the one age-sex profile that best fits all years&apos; flows (least squares), scaled to sum 1000. A year&apos;s migrants at an age are net_migration x the profile&apos;s share there: where the two have opposite signs, people leave.</source>
        <translation>Migrantes netos de WPP 2024 por sexo y grupo quinquenal de edad (edades al final del año), desagregados por edad simple; el único perfil por edad y sexo que mejor se ajusta a los flujos de todos los años (mínimos cuadrados), escalado para sumar 1000. Los migrantes de un año a una edad son net_migration x la proporción del perfil en esa edad: donde ambos tienen signos opuestos, las personas se van.</translation>
    </message>
    <message>
        <source>Coverage of the employed: men {men}, women {women} ({how}). Wages, past service and the pensioners are illustrative.</source>
        <translation>Cobertura de los ocupados: hombres {men}, mujeres {women} ({how}). Los salarios, el servicio pasado y los pensionados son ilustrativos.</translation>
    </message>
    <message>
        <source>default: replace</source>
        <translation>valor por defecto: reemplazar</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>PIB</translation>
    </message>
    <message>
        <source>PLACEHOLDER: replace</source>
        <translation>VALOR PROVISIONAL: reemplazar</translation>
    </message>
    <message>
        <source>from data: check</source>
        <translation>de los datos: verificar</translation>
    </message>
    <message>
        <source>National accounts GDP of the base year, in the currency of the Scheme sheet.</source>
        <translation>PIB de las cuentas nacionales del año base, en la moneda de la hoja Scheme.</translation>
    </message>
    <message>
        <source>Economic paths</source>
        <translation>Trayectorias económicas</translation>
    </message>
    <message>
        <source>IMF WEO to 2029, then assumptions: review</source>
        <translation>WEO del FMI hasta 2029, luego supuestos: revisar</translation>
    </message>
    <message>
        <source>The ministry&apos;s macro framework; long-run inflation, real wage growth and return.</source>
        <translation>El marco macroeconómico del ministerio; inflación, crecimiento real de los salarios y rendimiento a largo plazo.</translation>
    </message>
    <message>
        <source>Labour-force participation</source>
        <translation>Participación laboral</translation>
    </message>
    <message>
        <source>Participation by age and sex from the latest labour force survey (ILOSTAT).</source>
        <translation>Participación por edad y sexo de la última encuesta de fuerza de trabajo (ILOSTAT).</translation>
    </message>
    <message>
        <source>Demography</source>
        <translation>Demografía</translation>
    </message>
    <message>
        <source>from WPP 2024: keep</source>
        <translation>de WPP 2024: conservar</translation>
    </message>
    <message>
        <source>Replace only with a national projection, as a whole.</source>
        <translation>Reemplazar solo por una proyección nacional, en su conjunto.</translation>
    </message>
    <message>
        <source>Contributory scheme</source>
        <translation>Régimen contributivo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Nothing to fill in for a non-contributory pension: set basic_pension_* on the Scheme sheet or use the basic-pension lever.</source>
        <translation>Nada que completar para una pensión no contributiva: indique las claves basic_pension_* en la hoja Scheme o use la palanca de la pensión básica.</translation>
    </message>
    <message>
        <source>Scheme rules</source>
        <translation>Reglas del régimen</translation>
    </message>
    <message>
        <source>Contribution rate, pensionable ages, accrual, reference period, indexation, qualifying periods, survivors&apos; terms: from the scheme&apos;s law.</source>
        <translation>Tasa de cotización, edad de jubilación (hombres y mujeres), tasa de acumulación, período de referencia, indexación, períodos de calificación, condiciones de sobrevivientes: según la ley del régimen.</translation>
    </message>
    <message>
        <source>Contributors, wages, past service</source>
        <translation>Cotizantes, salarios, servicio pasado</translation>
    </message>
    <message>
        <source>Active contributors by age and sex, their average insurable wage and credited service.</source>
        <translation>Cotizantes activos por edad y sexo, su salario asegurable promedio y sus años de servicio acreditados.</translation>
    </message>
    <message>
        <source>Pensioners</source>
        <translation>Pensionados</translation>
    </message>
    <message>
        <source>Old-age, disability, spouse and orphan pensioners by age and sex and their average pensions, from the scheme&apos;s payroll.</source>
        <translation>Pensionados de vejez y de invalidez, cónyuges y huérfanos por edad y sexo y sus pensiones promedio, según la planilla de pagos del régimen.</translation>
    </message>
    <message>
        <source>Disability and survivors</source>
        <translation>Invalidez y sobrevivientes</translation>
    </message>
    <message>
        <source>Disability incidence and the share of members leaving an entitled spouse, from scheme experience.</source>
        <translation>Incidencia de la invalidez y proporción de asegurados que dejan un cónyuge con derecho, según la experiencia del régimen.</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Reserve at 1 January of the base year.</source>
        <translation>Reserva al 1 de enero del año base.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>from ISO 4217: check</source>
        <translation>de ISO 4217: verificar</translation>
    </message>
    <message>
        <source>The currency the amounts are in.</source>
        <translation>La moneda en que se expresan los montos.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Source or method</source>
        <translation>Fuente o método</translation>
    </message>
</context>
<context>
    <name>csv_export</name>
    <message>
        <source>The folder {parent} does not exist; cannot create {name} in it.</source>
        <translation>La carpeta {parent} no existe; no se puede crear {name} en ella.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>No se puede crear la carpeta {folder}: {reason}.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Palanca</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Copiar la lista</translation>
    </message>
    <message>
        <source>Copy every problem as tab-separated text.</source>
        <translation>Copiar todos los problemas como texto separado por tabulaciones.</translation>
    </message>
    <message>
        <source>Reform Studio: unexpected error</source>
        <translation>Reform Studio: error inesperado</translation>
    </message>
    <message>
        <source>&lt;br&gt;The details are also in the log file &lt;tt&gt;{path}&lt;/tt&gt;.</source>
        <translation>&lt;br&gt;Los detalles están también en el archivo de registro &lt;tt&gt;{path}&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;Your work is still open; you may save your scenarios and carry on.{log}</source>
        <translation>&lt;b&gt;{summary}&lt;/b&gt;&lt;br&gt;Su trabajo sigue abierto; puede guardar sus escenarios y continuar.{log}</translation>
    </message>
</context>
<context>
    <name>difference_picker</name>
    <message>
        <source>Baseline</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>A: the scenario whose change is drawn (by default the reform being edited). Tick a reform in the list to choose it here.</source>
        <translation>A: el escenario cuya diferencia se dibuja (por defecto la reforma que se está editando). Marque una reforma en la lista para poder elegirla aquí.</translation>
    </message>
    <message>
        <source>B: the scenario it is compared with (by default the baseline). Above zero, A is higher than B.</source>
        <translation>B: el escenario con el que se compara (por defecto el escenario base). Por encima de cero, A es mayor que B.</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>minus B:</source>
        <translation>menos B:</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <source>Reset {lever}</source>
        <translation>Restablecer {lever}</translation>
    </message>
    <message>
        <source>Change {lever}</source>
        <translation>Cambiar {lever}</translation>
    </message>
    <message>
        <source>Reset all levers</source>
        <translation>Restablecer todas las palancas</translation>
    </message>
    <message>
        <source>Rename to {name}</source>
        <translation>Cambiar el nombre a {name}</translation>
    </message>
    <message>
        <source>Show {name}</source>
        <translation>Dibujar {name}</translation>
    </message>
    <message>
        <source>Hide {name}</source>
        <translation>Ocultar {name}</translation>
    </message>
    <message>
        <source>Reform</source>
        <translation>Reforma</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Agregar {name}</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
</context>
<context>
    <name>economy</name>
    <message>
        <source>{covered} of the formally employed: ILOSTAT informal employment {total} ({year}, {source}), men {men}, women {women}</source>
        <translation>{covered} de los ocupados formales: empleo informal según ILOSTAT {total} ({year}, {source}), hombres {men}, mujeres {women}</translation>
    </message>
    <message>
        <source>no ILOSTAT informality rate: default for {group} countries</source>
        <translation>sin tasa de informalidad de ILOSTAT: valor por defecto del grupo «{group}»</translation>
    </message>
    <message>
        <source>no ILOSTAT informality rate: default for unclassified countries</source>
        <translation>sin tasa de informalidad de ILOSTAT: valor por defecto de los países no clasificados</translation>
    </message>
    <message>
        <source>World Bank WDI GDP {year} in current {currency} ({value}) carried to {base_year} with {how}</source>
        <translation>PIB {year} del Banco Mundial (WDI) en {currency} corrientes ({value}), llevado a {base_year} con {how}</translation>
    </message>
    <message>
        <source>World Bank WDI GDP {year} in current {currency} ({value})</source>
        <translation>PIB {year} del Banco Mundial (WDI) en {currency} corrientes ({value})</translation>
    </message>
    <message>
        <source>WDI&apos;s latest figure, {year}, is too old to carry: the currency may have changed</source>
        <translation>la última cifra de los WDI, {year}, es demasiado antigua para prolongarla: la moneda puede haber cambiado</translation>
    </message>
    <message>
        <source>no WDI figure</source>
        <translation>ninguna cifra de los WDI</translation>
    </message>
    <message>
        <source>IMF WEO April 2024 nominal GDP {year} ({why})</source>
        <translation>PIB nominal {year} de las Perspectivas de la economía mundial del FMI (WEO), abril de 2024 ({why})</translation>
    </message>
    <message>
        <source>PLACEHOLDER: neither the World Bank nor the IMF publishes GDP for this area; population x the median GDP per head of {region} ({usd} US$), in US$. Replace it</source>
        <translation>VALOR PROVISIONAL: ni el Banco Mundial ni el FMI publican el PIB de esta zona; población × PIB mediano por habitante de la región {region} ({usd} US$), en US$. Reemplácelo</translation>
    </message>
    <message>
        <source>the IMF WEO&apos;s nominal GDP growth</source>
        <translation>el crecimiento del PIB nominal del WEO del FMI</translation>
    </message>
    <message>
        <source>the IMF WEO&apos;s real growth and inflation</source>
        <translation>el crecimiento real y la inflación del WEO del FMI</translation>
    </message>
    <message>
        <source>an assumed nominal growth (no IMF WEO figures)</source>
        <translation>un crecimiento nominal supuesto (sin cifras del WEO del FMI)</translation>
    </message>
    <message>
        <source>IMF WEO April 2024 consumer-price inflation</source>
        <translation>inflación de los precios al consumidor, WEO del FMI, abril de 2024</translation>
    </message>
    <message>
        <source>IMF WEO April 2024 real GDP growth less the projected growth of employment</source>
        <translation>crecimiento del PIB real (WEO del FMI, abril de 2024) menos el crecimiento proyectado del empleo</translation>
    </message>
    <message>
        <source>IMF WEO April 2024 unemployment rate</source>
        <translation>tasa de desempleo, WEO del FMI, abril de 2024</translation>
    </message>
    <message>
        <source>assumption: a real return of {rate} on top of each year&apos;s inflation</source>
        <translation>supuesto: un rendimiento real de {rate} además de la inflación de cada año</translation>
    </message>
    <message>
        <source>{source} to {last}; then a straight line to the long-run assumption {rate} in {year} (assumption)</source>
        <translation>{source} hasta {last}; luego una recta hasta el supuesto de largo plazo de {rate} en {year} (supuesto)</translation>
    </message>
    <message>
        <source>no IMF WEO series: the long-run assumption {rate} throughout (assumption)</source>
        <translation>sin serie del WEO del FMI: el supuesto de largo plazo de {rate} en todo el período (supuesto)</translation>
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
        <translation>no se puede resolver para la palanca {name} (elija una de: {levers})</translation>
    </message>
    <message>
        <source>{answer} {advice}</source>
        <translation>{answer} {advice}</translation>
    </message>
    <message>
        <source>the frontier needs two different levers, not {first} and {second}</source>
        <translation>la frontera requiere dos palancas distintas, no {first} y {second}</translation>
    </message>
    <message>
        <source>the frontier needs a list of finite x values</source>
        <translation>la frontera requiere una lista de valores x finitos</translation>
    </message>
    <message>
        <source>{title} values must be whole numbers of years from {low} to {high}</source>
        <translation>los valores de «{title}» deben ser números enteros de años de {low} a {high}</translation>
    </message>
    <message>
        <source>{title} values must be from {low} to {high}</source>
        <translation>los valores de «{title}» deben estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>Even {lever} leaves {shortfall}.</source>
        <translation>Incluso {lever} deja {shortfall}.</translation>
    </message>
    <message>
        <source>{goal} {range}.</source>
        <translation>{goal} {range}.</translation>
    </message>
    <message>
        <source>{goal} across the range searched: even {lever} (now {now}) meets the target.</source>
        <translation>{goal} en todo el rango explorado: incluso {lever} (ahora {now}) cumple la meta.</translation>
    </message>
    <message>
        <source>Just met at the current {now}: {goal}; one step less would not do.</source>
        <translation>Se cumple al límite con el valor actual de {now}: {goal}; un paso menos no bastaría.</translation>
    </message>
    <message>
        <source>at the current {now}</source>
        <translation>con el valor actual de {now}</translation>
    </message>
    <message>
        <source>Already met {now}: {goal}. It would still be met with {lever}.</source>
        <translation>Ya se cumple {now}: {goal}. Se seguiría cumpliendo con {lever}.</translation>
    </message>
    <message>
        <source>{lever} (now {now}) is needed so that {goal}.</source>
        <translation>Se necesita {lever} (ahora {now}) para cumplir la meta: {goal}.</translation>
    </message>
    <message>
        <source>No reform acts before {first}, and the reserve is already below the floor in {base}: choose a lower floor.</source>
        <translation>Ninguna reforma actúa antes de {first}, y la reserva ya está por debajo del umbral en {base}: elija un umbral más bajo.</translation>
    </message>
    <message>
        <source>No reform acts before {first}: choose a later year.</source>
        <translation>Ninguna reforma actúa antes de {first}: elija un año posterior.</translation>
    </message>
    <message>
        <source>a faster phase-in</source>
        <translation>una aplicación gradual más rápida</translation>
    </message>
    <message>
        <source>an earlier start than {year}</source>
        <translation>una entrada en vigor anterior a {year}</translation>
    </message>
    <message>
        <source>a shorter period ({target} holds)</source>
        <translation>un período más corto ({target} se cumple)</translation>
    </message>
    <message>
        <source>a later year (the reform then has longer to work)</source>
        <translation>un año posterior (la reforma tiene entonces más tiempo para surtir efecto)</translation>
    </message>
    <message>
        <source>another lever</source>
        <translation>otra palanca</translation>
    </message>
    <message>
        <source>Try {options}, or two levers together (the frontier shows which pairs work).</source>
        <translation>Pruebe {options}, o dos palancas a la vez (la frontera muestra qué pares funcionan).</translation>
    </message>
    <message>
        <source>every check of {convention} is met</source>
        <translation>se cumplen todos los controles del {convention}</translation>
    </message>
    <message>
        <source>every old-age check of {convention} is met</source>
        <translation>se cumplen todos los controles de la parte de vejez del {convention}</translation>
    </message>
    <message>
        <source>every invalidity check of {convention} is met</source>
        <translation>se cumplen todos los controles de la parte de invalidez del {convention}</translation>
    </message>
    <message>
        <source>every survivors check of {convention} is met</source>
        <translation>se cumplen todos los controles de la parte de sobrevivientes del {convention}</translation>
    </message>
    <message>
        <source>{first} or {then}</source>
        <translation>{first} o {then}</translation>
    </message>
    <message>
        <source>unknown target &apos;{kind}&apos; (known: {known})</source>
        <translation>meta desconocida «{kind}» (conocidas: {known})</translation>
    </message>
    <message>
        <source>target threshold {threshold} must be a finite number</source>
        <translation>el umbral de la meta, {threshold}, debe ser un número finito</translation>
    </message>
    <message>
        <source>a standards target names {conventions}, not {unknown}</source>
        <translation>una meta de normas designa {conventions}, no {unknown}</translation>
    </message>
    <message>
        <source>target year {year} is outside the projection years {first}..{last}</source>
        <translation>el año de la meta, {year}, está fuera de los años de proyección {first}..{last}</translation>
    </message>
    <message>
        <source>{first} and {then}</source>
        <translation>{first} y {then}</translation>
    </message>
    <message>
        <source>the reserve stays non-negative through {year}</source>
        <translation>la reserva no cae por debajo de cero hasta {year}</translation>
    </message>
    <message>
        <source>the reserve stays at or above {floor} through {year}</source>
        <translation>la reserva se mantiene en {floor} o más hasta {year}</translation>
    </message>
    <message>
        <source>the reserve ratio is at least {ratio} year of expenditure in {year}</source>
        <translation>el coeficiente de reserva es de al menos {ratio} año de gasto en {year}</translation>
    </message>
    <message>
        <source>the reserve ratio is at least {ratio} years of expenditure in {year}</source>
        <translation>el coeficiente de reserva es de al menos {ratio} años de gasto en {year}</translation>
    </message>
    <message>
        <source>contributions and the state subsidy cover expenditure and administration in {year}</source>
        <translation>las cotizaciones y el subsidio estatal cubren el gasto y los gastos de administración en {year}</translation>
    </message>
    <message>
        <source>the GAP is not above the contribution rate of {year}</source>
        <translation>la PMG no supera la tasa de cotización de {year}</translation>
    </message>
    <message>
        <source>the replacement rate is at least {rate} in {year}</source>
        <translation>la tasa de reemplazo es de al menos {rate} en {year}</translation>
    </message>
    <message>
        <source>a target must be a text such as {example}</source>
        <translation>una meta debe ser un texto como {example}</translation>
    </message>
    <message>
        <source>cannot read the target {target}: join at most one financial target and {conventions} with &apos;&amp;&apos;, as in {example}</source>
        <translation>no se puede leer la meta {target}: combine con «&amp;» como máximo una meta financiera y {conventions}, como en {example}</translation>
    </message>
    <message>
        <source>target {target}: the reserve is an amount, not a percentage</source>
        <translation>meta {target}: la reserva es un monto, no un porcentaje</translation>
    </message>
    <message>
        <source>cannot read the target {target}; write one of: {examples}</source>
        <translation>no se puede leer la meta {target}; escriba una de estas expresiones: {examples}</translation>
    </message>
    <message>
        <source>{convention} Article {article} not met from {year} ({title}: {value}, at least {required} required)</source>
        <translation>el artículo {article} del {convention} sin cumplir desde {year} ({title}: {value}; se requiere al menos {required})</translation>
    </message>
    <message>
        <source>{convention} Article {article} not met from {year} ({title}: {value}, at most {required} required)</source>
        <translation>el artículo {article} del {convention} sin cumplir desde {year} ({title}: {value}; se requiere como máximo {required})</translation>
    </message>
    <message>
        <source>the reserve negative in {year}</source>
        <translation>la reserva negativa en {year}</translation>
    </message>
    <message>
        <source>the reserve below {floor} in {year}</source>
        <translation>la reserva por debajo de {floor} en {year}</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>no definida</translation>
    </message>
    <message>
        <source>the GAP ({gap}) above the contribution rate of {year} ({rate})</source>
        <translation>la PMG ({gap}) por encima de la tasa de cotización de {year} ({rate})</translation>
    </message>
    <message>
        <source>contributions and the state subsidy at {share} of expenditure and administration in {year}</source>
        <translation>las cotizaciones y el subsidio estatal en {share} del gasto y los gastos de administración en {year}</translation>
    </message>
    <message>
        <source>the reserve ratio at {ratio} in {year} (target {target})</source>
        <translation>el coeficiente de reserva en {ratio} en {year} (meta {target})</translation>
    </message>
    <message>
        <source>the replacement rate at {rate} in {year} (target {target})</source>
        <translation>la tasa de reemplazo en {rate} en {year} (meta {target})</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} años</translation>
    </message>
    <message>
        <source>a contribution rate of {value}</source>
        <translation>una tasa de cotización de {value}</translation>
    </message>
    <message>
        <source>a contribution rate as low as {value}</source>
        <translation>una tasa de cotización reducida a {value}</translation>
    </message>
    <message>
        <source>a contribution rate as high as {value}</source>
        <translation>una tasa de cotización elevada a {value}</translation>
    </message>
    <message>
        <source>at any contribution rate from {low} to {high}</source>
        <translation>con cualquier tasa de cotización de {low} a {high}</translation>
    </message>
    <message>
        <source>a contribution ceiling of {value}</source>
        <translation>un tope de cotización de {value}</translation>
    </message>
    <message>
        <source>a contribution ceiling as low as {value}</source>
        <translation>un tope de cotización reducido a {value}</translation>
    </message>
    <message>
        <source>a contribution ceiling as high as {value}</source>
        <translation>un tope de cotización elevado a {value}</translation>
    </message>
    <message>
        <source>at any contribution ceiling from {low} to {high}</source>
        <translation>con cualquier tope de cotización de {low} a {high}</translation>
    </message>
    <message>
        <source>a pensionable age for men of {value}</source>
        <translation>una edad de jubilación de {value} años para los hombres</translation>
    </message>
    <message>
        <source>a pensionable age for men as low as {value}</source>
        <translation>una edad de jubilación reducida a {value} años para los hombres</translation>
    </message>
    <message>
        <source>a pensionable age for men as high as {value}</source>
        <translation>una edad de jubilación elevada a {value} años para los hombres</translation>
    </message>
    <message>
        <source>at any pensionable age for men from {low} to {high}</source>
        <translation>con cualquier edad de jubilación de los hombres de {low} a {high} años</translation>
    </message>
    <message>
        <source>a pensionable age for women of {value}</source>
        <translation>una edad de jubilación de {value} años para las mujeres</translation>
    </message>
    <message>
        <source>a pensionable age for women as low as {value}</source>
        <translation>una edad de jubilación reducida a {value} años para las mujeres</translation>
    </message>
    <message>
        <source>a pensionable age for women as high as {value}</source>
        <translation>una edad de jubilación elevada a {value} años para las mujeres</translation>
    </message>
    <message>
        <source>at any pensionable age for women from {low} to {high}</source>
        <translation>con cualquier edad de jubilación de las mujeres de {low} a {high} años</translation>
    </message>
    <message>
        <source>a pensionable age of {value} for men and women</source>
        <translation>una edad de jubilación de {value} años para hombres y mujeres</translation>
    </message>
    <message>
        <source>a pensionable age as low as {value} for men and women</source>
        <translation>una edad de jubilación reducida a {value} años para hombres y mujeres</translation>
    </message>
    <message>
        <source>a pensionable age as high as {value} for men and women</source>
        <translation>una edad de jubilación elevada a {value} años para hombres y mujeres</translation>
    </message>
    <message>
        <source>at any pensionable age from {low} to {high} for men and women</source>
        <translation>con cualquier edad de jubilación de {low} a {high} años para hombres y mujeres</translation>
    </message>
    <message>
        <source>a qualifying period of {value}</source>
        <translation>un período de calificación de {value}</translation>
    </message>
    <message>
        <source>a qualifying period as low as {value}</source>
        <translation>un período de calificación reducido a {value}</translation>
    </message>
    <message>
        <source>a qualifying period as high as {value}</source>
        <translation>un período de calificación elevado a {value}</translation>
    </message>
    <message>
        <source>at any qualifying period from {low} to {high}</source>
        <translation>con cualquier período de calificación de {low} a {high}</translation>
    </message>
    <message>
        <source>an old-age grant of {value} of the reference wage per year of service</source>
        <translation>una asignación de vejez de {value} del salario de referencia por año de servicio</translation>
    </message>
    <message>
        <source>an old-age grant as low as {value} of the reference wage per year of service</source>
        <translation>una asignación de vejez reducida a {value} del salario de referencia por año de servicio</translation>
    </message>
    <message>
        <source>an old-age grant as high as {value} of the reference wage per year of service</source>
        <translation>una asignación de vejez elevada a {value} del salario de referencia por año de servicio</translation>
    </message>
    <message>
        <source>at any old-age grant from {low} to {high} of the reference wage per year of service</source>
        <translation>con cualquier asignación de vejez de {low} a {high} del salario de referencia por año de servicio</translation>
    </message>
    <message>
        <source>an accrual rate of {value}</source>
        <translation>una tasa de acumulación de {value}</translation>
    </message>
    <message>
        <source>an accrual rate as low as {value}</source>
        <translation>una tasa de acumulación reducida a {value}</translation>
    </message>
    <message>
        <source>an accrual rate as high as {value}</source>
        <translation>una tasa de acumulación elevada a {value}</translation>
    </message>
    <message>
        <source>at any accrual rate from {low} to {high}</source>
        <translation>con cualquier tasa de acumulación de {low} a {high}</translation>
    </message>
    <message>
        <source>a wage share in indexation of {value}</source>
        <translation>un peso de los salarios en la indexación de {value}</translation>
    </message>
    <message>
        <source>a wage share in indexation as low as {value}</source>
        <translation>un peso de los salarios en la indexación reducido a {value}</translation>
    </message>
    <message>
        <source>a wage share in indexation as high as {value}</source>
        <translation>un peso de los salarios en la indexación elevado a {value}</translation>
    </message>
    <message>
        <source>at any wage share in indexation from {low} to {high}</source>
        <translation>con cualquier peso de los salarios en la indexación de {low} a {high}</translation>
    </message>
    <message>
        <source>a coverage extension of {value} of the uncovered employed</source>
        <translation>una extensión de la cobertura a {value} de los ocupados no cubiertos</translation>
    </message>
    <message>
        <source>a coverage extension as low as {value} of the uncovered employed</source>
        <translation>una extensión de la cobertura reducida a {value} de los ocupados no cubiertos</translation>
    </message>
    <message>
        <source>a coverage extension as high as {value} of the uncovered employed</source>
        <translation>una extensión de la cobertura elevada a {value} de los ocupados no cubiertos</translation>
    </message>
    <message>
        <source>at any coverage extension from {low} to {high} of the uncovered employed</source>
        <translation>con cualquier extensión de la cobertura de {low} a {high} de los ocupados no cubiertos</translation>
    </message>
    <message>
        <source>a minimum pension of {value} of the average wage</source>
        <translation>una pensión mínima de {value} del salario promedio</translation>
    </message>
    <message>
        <source>a minimum pension as low as {value} of the average wage</source>
        <translation>una pensión mínima reducida a {value} del salario promedio</translation>
    </message>
    <message>
        <source>a minimum pension as high as {value} of the average wage</source>
        <translation>una pensión mínima elevada a {value} del salario promedio</translation>
    </message>
    <message>
        <source>at any minimum pension from {low} to {high} of the average wage</source>
        <translation>con cualquier pensión mínima de {low} a {high} del salario promedio</translation>
    </message>
    <message>
        <source>a survivor&apos;s pension of {value} of the deceased&apos;s pension</source>
        <translation>una pensión de sobrevivientes de {value} de la pensión del fallecido</translation>
    </message>
    <message>
        <source>a survivor&apos;s pension as low as {value} of the deceased&apos;s pension</source>
        <translation>una pensión de sobrevivientes reducida a {value} de la pensión del fallecido</translation>
    </message>
    <message>
        <source>a survivor&apos;s pension as high as {value} of the deceased&apos;s pension</source>
        <translation>una pensión de sobrevivientes elevada a {value} de la pensión del fallecido</translation>
    </message>
    <message>
        <source>at any survivor&apos;s pension from {low} to {high} of the deceased&apos;s pension</source>
        <translation>con cualquier pensión de sobrevivientes de {low} a {high} de la pensión del fallecido</translation>
    </message>
    <message>
        <source>with no contribution ceiling, as now</source>
        <translation>sin tope de cotización, como ahora</translation>
    </message>
    <message>
        <source>a reform must be a JSON object with &apos;name&apos; and &apos;levers&apos;</source>
        <translation>una reforma debe ser un objeto JSON con «name» y «levers»</translation>
    </message>
    <message>
        <source>unknown key {key} (allowed: name, description, levers, assumptions)</source>
        <translation>clave desconocida {key} (permitidas: name, description, levers, assumptions)</translation>
    </message>
    <message>
        <source>&apos;name&apos; must be a non-empty text</source>
        <translation>«name» debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>&apos;description&apos; must be a text</source>
        <translation>«description» debe ser un texto</translation>
    </message>
    <message>
        <source>&apos;levers&apos; must be an object of lever name to setting</source>
        <translation>«levers» debe ser un objeto que asocie a cada nombre de palanca su valor</translation>
    </message>
    <message>
        <source>lever name {name} must be a text</source>
        <translation>el nombre de palanca {name} debe ser un texto</translation>
    </message>
    <message>
        <source>{key} {year} must be after the base year {base}</source>
        <translation>{key} {year} debe ser posterior al año base {base}</translation>
    </message>
    <message>
        <source>full_by_year must not be before from_year</source>
        <translation>full_by_year no debe ser anterior a from_year</translation>
    </message>
    <message>
        <source>a step needs a {lever} in the baseline to start from</source>
        <translation>un paso («step») requiere un valor de partida de «{lever}» en el escenario base</translation>
    </message>
    <message>
        <source>{sign}(a number of about {digits} digits)</source>
        <translation>{sign}(un número de unos {digits} dígitos)</translation>
    </message>
    <message>
        <source>{sign}(a number of {digits} digits)</source>
        <translation>{sign}(un número de {digits} dígitos)</translation>
    </message>
    <message>
        <source>(minus a number of {digits} digits)</source>
        <translation>(menos un número de {digits} dígitos)</translation>
    </message>
    <message>
        <source>(a number of {digits} digits)</source>
        <translation>(un número de {digits} dígitos)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>the {label} {text} holds a broken character (a lone UTF-16 surrogate), U+{code}, which is not printable text: retype it</source>
        <translation>el campo «{label}» {text} contiene un carácter dañado (un sustituto UTF-16 aislado), U+{code}, que no es texto imprimible: vuelva a escribirlo</translation>
    </message>
    <message>
        <source>the {label} {text} holds a control code, U+{code}, which is not printable text: retype it</source>
        <translation>el campo «{label}» {text} contiene un código de control, U+{code}, que no es texto imprimible: vuelva a escribirlo</translation>
    </message>
    <message>
        <source>the {label} is {length} characters long; at most {limit} are allowed</source>
        <translation>el campo «{label}» tiene {length} caracteres; se permiten como máximo {limit}</translation>
    </message>
    <message>
        <source>unknown lever (known: {levers})</source>
        <translation>palanca desconocida (conocidas: {levers})</translation>
    </message>
    <message>
        <source>unknown field {key} (allowed: {fields})</source>
        <translation>campo desconocido {key} (permitidos: {fields})</translation>
    </message>
    <message>
        <source>a &apos;value&apos; is required</source>
        <translation>se requiere el campo «value»</translation>
    </message>
    <message>
        <source>value {value} must be a fraction between 0 and 1 (percentages are written as fractions: 0.15 for 15 %)</source>
        <translation>el valor {value} debe ser una fracción entre 0 y 1 (los porcentajes se escriben como fracciones: 0.15 para 15&#xa0;%)</translation>
    </message>
    <message>
        <source>value {value} must be a fraction between 0 and 1</source>
        <translation>el valor {value} debe ser una fracción entre 0 y 1</translation>
    </message>
    <message>
        <source>value {value} must be a number above {low} and at most {high} ({unit})</source>
        <translation>el valor {value} debe ser un número mayor que {low} y como máximo {high} ({unit})</translation>
    </message>
    <message>
        <source>value {value} must be a whole number of years</source>
        <translation>el valor {value} debe ser un número entero de años</translation>
    </message>
    <message>
        <source>{lever} {value} is outside {low}..{high} years</source>
        <translation>«{lever}»: {value} está fuera del intervalo de {low} a {high} años</translation>
    </message>
    <message>
        <source>value {value} must be one of {choices}</source>
        <translation>el valor {value} debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>step {step} must be a number above 0</source>
        <translation>el paso («step») {step} debe ser un número mayor que 0</translation>
    </message>
    <message>
        <source>step {step} (the change per year) must be above 0 and at most {widest}, the lever&apos;s whole range; leave &apos;step&apos; out to change at once</source>
        <translation>el paso («step») {step} (el cambio por año) debe ser mayor que 0 y como máximo {widest}, todo el rango de la palanca; omita «step» para un cambio inmediato</translation>
    </message>
    <message>
        <source>years_per_step {value} must be a whole number from {low} to {high} (years between one-year steps)</source>
        <translation>years_per_step {value} debe ser un número entero de {low} a {high} (años entre pasos de un año)</translation>
    </message>
    <message>
        <source>{key} {value} must be a calendar year ({first}..{last})</source>
        <translation>{key} {value} debe ser un año calendario ({first}..{last})</translation>
    </message>
    <message>
        <source>must be an object with enabled, age, level_to_gdp_per_capita, ...</source>
        <translation>debe ser un objeto con enabled, age, level_to_gdp_per_capita, ...</translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false</source>
        <translation>«enabled» debe ser true o false</translation>
    </message>
    <message>
        <source>age {value} must be a whole number from 0 to 100</source>
        <translation>la edad {value} debe ser un número entero de 0 a 100</translation>
    </message>
    <message>
        <source>{key} {value} must be a fraction between 0 and 1</source>
        <translation>{key} {value} debe ser una fracción entre 0 y 1</translation>
    </message>
    <message>
        <source>targeting {value} must be one of {choices}</source>
        <translation>targeting {value} debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>&apos;assumptions&apos; must be an object of assumption name to setting</source>
        <translation>«assumptions» debe ser un objeto que asocie a cada nombre de supuesto su valor</translation>
    </message>
    <message>
        <source>unknown assumption {name} (known: {known})</source>
        <translation>supuesto desconocido {name} (conocidos: {known})</translation>
    </message>
    <message>
        <source>assumption &apos;{name}&apos; must be {{&quot;{key}&quot;: number}}</source>
        <translation>el supuesto «{name}» debe ser {{&quot;{key}&quot;: número}}</translation>
    </message>
    <message>
        <source>assumption &apos;{name}&apos;: {key} must be a number from {low} to {high}, not {value}</source>
        <translation>supuesto «{name}»: {key} debe ser un número de {low} a {high}, no {value}</translation>
    </message>
    <message>
        <source>assumption &apos;{name}&apos;: the shift {shift} takes the {label} to {value} in {year}, outside what the model can use (0 to below 1)</source>
        <translation>supuesto «{name}»: la variación de {shift} lleva «{label}» a {value} en {year}, fuera de lo que el modelo puede usar (de 0 a menos de 1)</translation>
    </message>
    <message>
        <source>assumption &apos;{name}&apos;: the shift {shift} takes the {label} to {value} in {year}, outside what the model can use (above -1)</source>
        <translation>supuesto «{name}»: la variación de {shift} lleva «{label}» a {value} en {year}, fuera de lo que el modelo puede usar (por encima de -1)</translation>
    </message>
    <message>
        <source>Every base-year qx of men is 1: all of them die within the year.</source>
        <translation>Todos los qx del año base de los hombres valen 1: todos mueren en el año.</translation>
    </message>
    <message>
        <source>Every base-year qx of women is 1: all of them die within the year.</source>
        <translation>Todos los qx del año base de las mujeres valen 1: todas mueren en el año.</translation>
    </message>
    <message>
        <source>Mortality of men worsens by up to {rate} a year after the last mortality anchor: check the improvement rates.</source>
        <translation>La mortalidad de los hombres empeora hasta {rate} por año después del último año de anclaje de la mortalidad: revise las tasas de mejora de la mortalidad.</translation>
    </message>
    <message>
        <source>Mortality of women worsens by up to {rate} a year after the last mortality anchor: check the improvement rates.</source>
        <translation>La mortalidad de las mujeres empeora hasta {rate} por año después del último año de anclaje de la mortalidad: revise las tasas de mejora de la mortalidad.</translation>
    </message>
    <message>
        <source>Base-year contributors plus old-age and disability pensioners exceed the population of men at age {ages}.</source>
        <translation>Los cotizantes del año base más los pensionados de vejez e invalidez superan la población de los hombres a la edad de {ages}.</translation>
    </message>
    <message>
        <source>Base-year contributors plus old-age and disability pensioners exceed the population of men at ages {ages}.</source>
        <translation>Los cotizantes del año base más los pensionados de vejez e invalidez superan la población de los hombres a las edades de {ages}.</translation>
    </message>
    <message>
        <source>Base-year contributors plus old-age and disability pensioners exceed the population of women at age {ages}.</source>
        <translation>Los cotizantes del año base más los pensionados de vejez e invalidez superan la población de las mujeres a la edad de {ages}.</translation>
    </message>
    <message>
        <source>Base-year contributors plus old-age and disability pensioners exceed the population of women at ages {ages}.</source>
        <translation>Los cotizantes del año base más los pensionados de vejez e invalidez superan la población de las mujeres a las edades de {ages}.</translation>
    </message>
    <message>
        <source>The base-year insured wages ({insured}) exceed GDP ({gdp}): are GDP and the wages in the same currency unit (not thousands or millions)?</source>
        <translation>Los salarios asegurables del año base ({insured}) superan el PIB ({gdp}): ¿están el PIB y los salarios en la misma unidad monetaria (no en miles ni en millones)?</translation>
    </message>
    <message>
        <source>{ages} and {count} more</source>
        <translation>{ages} y {count} más</translation>
    </message>
    <message>
        <source>in &apos;{scenario}&apos; the projection overflows: {quantity} is not a finite number from {year}. The inputs that feed it are {inputs}: one of them is far outside what a real scheme has.</source>
        <translation>en «{scenario}» la proyección se desborda: {quantity} no es un número finito desde {year}. Los datos que la alimentan son {inputs}: uno de ellos está muy lejos de lo que tiene un régimen real.</translation>
    </message>
    <message>
        <source>in &apos;{scenario}&apos; the general average premium is infinite: check initial_reserve and investment_return.</source>
        <translation>en «{scenario}» la prima media general es infinita: revise initial_reserve e investment_return.</translation>
    </message>
    <message>
        <source>{fields} required: the baseline has no basic pension to take them from</source>
        <translation>se requiere {fields}: el escenario base no tiene pensión básica de la que tomarlos</translation>
    </message>
    <message>
        <source>in &apos;{reform}&apos; the reference period of {period} years is longer than the pensionable age minus 15 in {year}</source>
        <translation>en «{reform}» el período de referencia de {period} años supera la edad de jubilación menos 15 en {year}</translation>
    </message>
    <message>
        <source>a sensitivity file must be {{&quot;tests&quot;: [{{&quot;assumption&quot;: ..., &quot;low&quot;: ..., &quot;high&quot;: ...}}, ...]}} with at least one test</source>
        <translation>un archivo de sensibilidad debe ser {{&quot;tests&quot;: [{{&quot;assumption&quot;: ..., &quot;low&quot;: ..., &quot;high&quot;: ...}}, ...]}} con al menos una prueba</translation>
    </message>
    <message>
        <source>test {number} must be {{&quot;assumption&quot;: one of {names}, &quot;low&quot;: number, &quot;high&quot;: number}}</source>
        <translation>la prueba {number} debe ser {{&quot;assumption&quot;: uno de {names}, &quot;low&quot;: número, &quot;high&quot;: número}}</translation>
    </message>
    <message>
        <source>test {number} ({side}): {problem}</source>
        <translation>prueba {number} ({side}): {problem}</translation>
    </message>
    <message>
        <source>the SensitivityTests sheet leaves no test: every setting changes nothing</source>
        <translation>la hoja SensitivityTests no deja ninguna prueba: ningún valor cambia nada</translation>
    </message>
    <message>
        <source>the standard deviation of {rate} must be from 0 to 0.5</source>
        <translation>la desviación estándar de {rate} debe estar entre 0 y 0,5</translation>
    </message>
    <message>
        <source>the autocorrelation of {rate} must be from -0.99 to 0.99</source>
        <translation>la autocorrelación de {rate} debe estar entre -0,99 y 0,99</translation>
    </message>
    <message>
        <source>the correlations of the shocks are not a possible correlation matrix (e.g. two rates strongly correlated with a third but not with each other)</source>
        <translation>las correlaciones de los choques no forman una matriz de correlación posible (p. ej., dos tasas muy correlacionadas con una tercera pero no entre sí)</translation>
    </message>
    <message>
        <source>the number of paths must be from 1 to {most}, not {paths}</source>
        <translation>el número de trayectorias debe estar entre 1 y {most}, no {paths}</translation>
    </message>
    <message>
        <source>Net emigration exceeded the population of some ages in {years}; those counts were set to 0.</source>
        <translation>La emigración neta superó la población de algunas edades en {years}; esas cifras se fijaron en 0.</translation>
    </message>
    <message>
        <source>{years} and {count} more years</source>
        <translation>{years} y {count} años más</translation>
    </message>
    <message>
        <source>{count} base-year contributors above employment or at or above the pensionable age were dropped.</source>
        <translation>Se descartaron {count} cotizantes del año base que excedían el empleo o tenían la edad de jubilación o más.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Data sources</source>
        <translation>Fuentes de los datos</translation>
    </message>
</context>
<context>
    <name>export_assumptions</name>
    <message>
        <source>Labels</source>
        <translation>Identificación</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Economía</translation>
    </message>
    <message>
        <source>Demography</source>
        <translation>Demografía</translation>
    </message>
    <message>
        <source>Members within a cohort</source>
        <translation>Afiliados dentro de una misma cohorte</translation>
    </message>
    <message>
        <source>Qualifying conditions</source>
        <translation>Condiciones de acceso</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Sobrevivientes</translation>
    </message>
    <message>
        <source>Funeral grant</source>
        <translation>Gastos funerarios</translation>
    </message>
    <message>
        <source>Scheme rules</source>
        <translation>Reglas del régimen</translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation>Pensión básica</translation>
    </message>
    <message>
        <source>Schedule (legislated)</source>
        <translation>Calendario (previsto por la ley)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Invalidez</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Fuentes de los datos</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% anual</translation>
    </message>
    <message>
        <source>% a year (nominal)</source>
        <translation>% anual (nominal)</translation>
    </message>
    <message>
        <source>% of labour force</source>
        <translation>% de la fuerza de trabajo</translation>
    </message>
    <message>
        <source>children per woman</source>
        <translation>hijos por mujer</translation>
    </message>
    <message>
        <source>males per female birth</source>
        <translation>nacimientos masculinos por nacimiento femenino</translation>
    </message>
    <message>
        <source>persons a year</source>
        <translation>personas por año</translation>
    </message>
    <message>
        <source>sd of log wages</source>
        <translation>desviación estándar del logaritmo de los salarios</translation>
    </message>
    <message>
        <source>spread of service, 0..1</source>
        <translation>dispersión de los años de servicio, 0..1</translation>
    </message>
    <message>
        <source>× average wage a death</source>
        <translation>× salario promedio por fallecimiento</translation>
    </message>
    <message>
        <source>mortality anchor years (MortalityByYear)</source>
        <translation>años de referencia de la mortalidad (MortalityByYear)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no fijado</translation>
    </message>
    <message>
        <source>disability pensions</source>
        <translation>pensiones de invalidez</translation>
    </message>
    <message>
        <source>none (no incidence and no disability pensioners)</source>
        <translation>ninguna (sin incidencia ni pensionados de invalidez)</translation>
    </message>
    <message>
        <source>% of the years to the pensionable age</source>
        <translation>% de los años que faltan hasta la edad de jubilación</translation>
    </message>
    <message>
        <source>× general mortality</source>
        <translation>× mortalidad general</translation>
    </message>
    <message>
        <source>% of contributors a year</source>
        <translation>% de los cotizantes por año</translation>
    </message>
    <message>
        <source>% of deaths</source>
        <translation>% de las defunciones</translation>
    </message>
    <message>
        <source>orphans a death</source>
        <translation>huérfanos por fallecimiento</translation>
    </message>
    <message>
        <source>years at the death</source>
        <translation>años al fallecimiento</translation>
    </message>
    <message>
        <source>survivors&apos; pensions</source>
        <translation>pensiones de sobrevivientes</translation>
    </message>
    <message>
        <source>none (no Survivors table and no survivors in payment)</source>
        <translation>ninguna (sin tabla Survivors ni sobrevivientes en curso de pago)</translation>
    </message>
    <message>
        <source>years of age</source>
        <translation>años de edad</translation>
    </message>
    <message>
        <source>years, husband minus wife</source>
        <translation>años, edad del esposo menos la de la esposa</translation>
    </message>
    <message>
        <source>ages {first}–{last}, highest {value} at {age}</source>
        <translation>edades {first} a {last}, máximo {value} a los {age} años</translation>
    </message>
    <message>
        <source>persons in the base year</source>
        <translation>personas (año base)</translation>
    </message>
    <message>
        <source>none paid</source>
        <translation>ninguna pensión pagada</translation>
    </message>
    <message>
        <source>{currency} a year, average</source>
        <translation>{currency} por año, promedio</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the values of a path</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>linear between listed years</source>
        <translation>lineal entre los años indicados</translation>
    </message>
    <message>
        <source>linear between the source&apos;s years</source>
        <translation>lineal entre los años del libro de origen</translation>
    </message>
    <message>
        <source>by age (Mortality sheet)</source>
        <translation>por edad (hoja Mortality)</translation>
    </message>
    <message>
        <source>holds until the next row</source>
        <translation>rige hasta la fila siguiente</translation>
    </message>
    <message>
        <source>Reform: {name}</source>
        <translation>Reforma: {name}</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>levers</source>
        <translation>palancas</translation>
    </message>
    <message>
        <source>none (the workbook as read)</source>
        <translation>ninguna (el libro tal como se leyó)</translation>
    </message>
    <message>
        <source>by {step} {unit} a year</source>
        <translation>en {step} {unit} por año</translation>
    </message>
    <message>
        <source>by {step} pp a year</source>
        <translation>en {step} pp por año</translation>
    </message>
    <message>
        <source>by 1 year every year</source>
        <translation>en 1 año cada año</translation>
    </message>
    <message>
        <source>by 1 year every {count} years</source>
        <translation>en 1 año cada {count} años</translation>
    </message>
    <message>
        <source>linearly, in full by {year}</source>
        <translation>linealmente, por completo en {year}</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>de inmediato</translation>
    </message>
    <message>
        <source>model version</source>
        <translation>versión del modelo actuarial</translation>
    </message>
    <message>
        <source>template version</source>
        <translation>versión de la plantilla</translation>
    </message>
    <message>
        <source>application version</source>
        <translation>versión de la aplicación</translation>
    </message>
    <message>
        <source>source workbook</source>
        <translation>libro de origen</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>{pairs}; {count} years in all in the source workbook</source>
        <translation>{pairs}; {count} años en total en el libro de origen</translation>
    </message>
    <message>
        <source>source workbook SHA-256</source>
        <translation>SHA-256 del libro de origen</translation>
    </message>
    <message>
        <source>exported at</source>
        <translation>exportado el</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Desde el año</translation>
    </message>
    <message>
        <source>Phase-in</source>
        <translation>Aplicación gradual</translation>
    </message>
    <message>
        <source>Assumptions: every input behind these results</source>
        <translation>Supuestos: todos los datos de entrada de estos resultados</translation>
    </message>
    <message>
        <source>Age tables (population, mortality, fertility, labour force, contributors, pensioners, migration, disability, survivors) are in the source workbook identified below; the disability and survivors&apos; tables are summarised here.</source>
        <translation>Las tablas por edad (población, mortalidad, fecundidad, fuerza de trabajo, cotizantes, pensionados, migración, invalidez, sobrevivientes) están en el libro de origen identificado más abajo; las tablas de invalidez y de sobrevivientes se resumen aquí.</translation>
    </message>
</context>
<context>
    <name>export_branches</name>
    <message>
        <source>Basic pension cost (% of GDP)</source>
        <translation>Costo de la pensión básica (% del PIB)</translation>
    </message>
    <message>
        <source>Reserve at year end (% of GDP)</source>
        <translation>Reserva al cierre del año (% del PIB)</translation>
    </message>
    <message>
        <source>{label} (% of GDP)</source>
        <translation>{label} (% del PIB)</translation>
    </message>
    <message>
        <source>All benefits (% of GDP)</source>
        <translation>Todas las prestaciones (% del PIB)</translation>
    </message>
    <message>
        <source>Shares of GDP: benefit expenditure by branch, the basic pension and the reserve</source>
        <translation>Proporciones del PIB: gasto en prestaciones por rama, pensión básica y reserva</translation>
    </message>
    <message>
        <source>Old-age, disability and survivors&apos; (spouses&apos; and orphans&apos;) pensions, and lump sums (old-age and funeral grants); together they are the scheme&apos;s benefit expenditure. The basic pension is paid by the state budget, outside the scheme.</source>
        <translation>Pensiones de vejez, de invalidez y de sobrevivientes (cónyuges y huérfanos) y pagos únicos (asignaciones de vejez y gastos funerarios); en conjunto constituyen el gasto en prestaciones del régimen. La pensión básica la paga el presupuesto del Estado, fuera del régimen.</translation>
    </message>
</context>
<context>
    <name>export_charts</name>
    <message>
        <source>Reserve at year end, % of GDP</source>
        <translation>Reserva al final del año, % del PIB</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% del PIB</translation>
    </message>
    <message>
        <source>PAYG cost rate and contribution rate (dashed)</source>
        <translation>Tasa de costo de reparto y tasa de cotización (línea discontinua)</translation>
    </message>
    <message>
        <source>% of insurable wages</source>
        <translation>% de los salarios asegurables</translation>
    </message>
    <message>
        <source>Benefit expenditure, all branches, % of GDP</source>
        <translation>Gasto en prestaciones, todas las ramas, % del PIB</translation>
    </message>
    <message>
        <source>Replacement rate: average pension over average wage</source>
        <translation>Tasa de reemplazo: pensión promedio sobre el salario promedio</translation>
    </message>
    <message>
        <source>% of the average wage</source>
        <translation>% del salario promedio</translation>
    </message>
    <message>
        <source>Benefit expenditure and the basic pension&apos;s cost (dashed), % of GDP</source>
        <translation>Gasto en prestaciones y costo de la pensión básica (línea discontinua), % del PIB</translation>
    </message>
    <message>
        <source>Baseline and reforms (data: the scenario sheets and the &apos;{sheet}&apos; sheet)</source>
        <translation>Escenario base y reformas (datos: las hojas de escenario y la hoja «{sheet}»)</translation>
    </message>
    <message>
        <source>Benefit expenditure by branch, % of GDP (data: the &apos;{sheet}&apos; sheet and the table below)</source>
        <translation>Gasto en prestaciones por rama, % del PIB (datos: la hoja «{sheet}» y la tabla de abajo)</translation>
    </message>
    <message>
        <source>{year}, % of GDP</source>
        <translation>{year}, % del PIB</translation>
    </message>
    <message>
        <source>{scenario}: by branch</source>
        <translation>{scenario}: por rama</translation>
    </message>
    <message>
        <source>Every scenario in {year}</source>
        <translation>Todos los escenarios en {year}</translation>
    </message>
</context>
<context>
    <name>export_costing</name>
    <message>
        <source>Costing</source>
        <translation>Costeo</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Beneficiarios</translation>
    </message>
    <message>
        <source>Benefit a year</source>
        <translation>Prestación anual</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Cost % of GDP</source>
        <translation>Costo, % del PIB</translation>
    </message>
    <message>
        <source>Cost % of government expenditure</source>
        <translation>Costo, % del gasto público</translation>
    </message>
    <message>
        <source>Cost, local currency</source>
        <translation>Costo, moneda nacional</translation>
    </message>
    <message>
        <source>Notes and sources</source>
        <translation>Notas y fuentes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Cost % of GDP in {year}</source>
        <translation>Costo, % del PIB en {year}</translation>
    </message>
    <message>
        <source>Cost of a basic pension in {year}, countries ranked by cost as % of GDP</source>
        <translation>Costo de una pensión básica en {year}, países ordenados según el costo en % del PIB</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>local currency</source>
        <translation>moneda nacional</translation>
    </message>
    <message>
        <source>Cost as % of GDP, {year}</source>
        <translation>Costo en % del PIB, {year}</translation>
    </message>
    <message>
        <source>{title}, by year</source>
        <translation>{title}, por año</translation>
    </message>
    <message>
        <source>What each country&apos;s figures assume (docs/methodology.md explains the method)</source>
        <translation>Supuestos adoptados para cada país (el método se explica en docs/methodology.md)</translation>
    </message>
</context>
<context>
    <name>export_format</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Shares of GDP</source>
        <translation>Proporciones del PIB</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>thousand {currency}</source>
        <translation>miles de {currency}</translation>
    </message>
    <message>
        <source>million {currency}</source>
        <translation>millones de {currency}</translation>
    </message>
    <message>
        <source>billion {currency}</source>
        <translation>miles de millones de {currency}</translation>
    </message>
    <message>
        <source>trillion {currency}</source>
        <translation>billones de {currency}</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Residents at 1 January.</source>
        <translation>Residentes al 1 de enero.</translation>
    </message>
    <message>
        <source>Population aged 65+</source>
        <translation>Población de 65 años y más</translation>
    </message>
    <message>
        <source>Residents aged 65 and over.</source>
        <translation>Residentes de 65 años y más.</translation>
    </message>
    <message>
        <source>Old-age dependency ratio</source>
        <translation>Relación de dependencia de la vejez</translation>
    </message>
    <message>
        <source>Population aged 65+ over population aged 15 to 64.</source>
        <translation>Población de 65 años y más sobre la población de 15 a 64 años.</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Ocupados</translation>
    </message>
    <message>
        <source>Labour force less the unemployed.</source>
        <translation>Fuerza de trabajo menos los desocupados.</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Cotizantes</translation>
    </message>
    <message>
        <source>Active members paying contributions.</source>
        <translation>Afiliados activos que pagan cotizaciones.</translation>
    </message>
    <message>
        <source>Pensioners, all branches</source>
        <translation>Pensionados, todas las ramas</translation>
    </message>
    <message>
        <source>Old-age, disability, spouse and orphan pensioners in payment.</source>
        <translation>Pensionados de vejez, de invalidez, cónyuges sobrevivientes y huérfanos en curso de pago.</translation>
    </message>
    <message>
        <source>New old-age pensioners</source>
        <translation>Nuevos pensionados de vejez</translation>
    </message>
    <message>
        <source>Old-age pensions awarded in the year to members who qualify.</source>
        <translation>Pensiones de vejez otorgadas en el año a los afiliados que cumplen las condiciones.</translation>
    </message>
    <message>
        <source>System dependency ratio</source>
        <translation>Relación de dependencia del sistema</translation>
    </message>
    <message>
        <source>Pensioners (all branches) over contributors.</source>
        <translation>Pensionados (todas las ramas) sobre cotizantes.</translation>
    </message>
    <message>
        <source>Average wage</source>
        <translation>Salario promedio</translation>
    </message>
    <message>
        <source>Average gross wage of contributors.</source>
        <translation>Salario bruto promedio de los cotizantes.</translation>
    </message>
    <message>
        <source>Insurable wage bill</source>
        <translation>Masa salarial asegurable</translation>
    </message>
    <message>
        <source>Wages contributions are paid on (below the ceiling, times density).</source>
        <translation>Salarios sobre los que se cotiza (bajo el tope, multiplicados por la densidad de cotización).</translation>
    </message>
    <message>
        <source>Average old-age pension</source>
        <translation>Pensión de vejez promedio</translation>
    </message>
    <message>
        <source>Old-age pension expenditure over old-age pensioners.</source>
        <translation>Gasto en pensiones de vejez sobre el número de pensionados de vejez.</translation>
    </message>
    <message>
        <source>Replacement rate</source>
        <translation>Tasa de reemplazo</translation>
    </message>
    <message>
        <source>Average old-age pension over the average wage.</source>
        <translation>Pensión de vejez promedio sobre el salario promedio.</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Tasa de cotización</translation>
    </message>
    <message>
        <source>Share of the insurable wage paid in.</source>
        <translation>Proporción del salario asegurable que se paga como cotización.</translation>
    </message>
    <message>
        <source>Pensionable age, men</source>
        <translation>Edad de jubilación, hombres</translation>
    </message>
    <message>
        <source>Age of award of old-age pensions.</source>
        <translation>Edad de otorgamiento de las pensiones de vejez.</translation>
    </message>
    <message>
        <source>Pensionable age, women</source>
        <translation>Edad de jubilación, mujeres</translation>
    </message>
    <message>
        <source>Contribution income</source>
        <translation>Ingresos por cotizaciones</translation>
    </message>
    <message>
        <source>Contribution rate times the wage bill.</source>
        <translation>Tasa de cotización multiplicada por la masa salarial.</translation>
    </message>
    <message>
        <source>Benefit expenditure</source>
        <translation>Gasto en prestaciones</translation>
    </message>
    <message>
        <source>Old-age, disability and survivors&apos; pensions and lump sums paid.</source>
        <translation>Pensiones de vejez, de invalidez y de sobrevivientes y pagos únicos efectuados.</translation>
    </message>
    <message>
        <source>Administrative expenses</source>
        <translation>Gastos de administración</translation>
    </message>
    <message>
        <source>Cost of running the scheme.</source>
        <translation>Costo de gestión del régimen.</translation>
    </message>
    <message>
        <source>State subsidy</source>
        <translation>Subsidio estatal</translation>
    </message>
    <message>
        <source>Transfer from the state budget.</source>
        <translation>Transferencia del presupuesto del Estado.</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Rendimiento de las inversiones</translation>
    </message>
    <message>
        <source>Return on the reserve.</source>
        <translation>Rendimiento de la reserva.</translation>
    </message>
    <message>
        <source>Reserve at year end</source>
        <translation>Reserva al final del año</translation>
    </message>
    <message>
        <source>Fund at 31 December; negative once exhausted.</source>
        <translation>Fondo al 31 de diciembre; negativo una vez agotado.</translation>
    </message>
    <message>
        <source>PAYG cost rate</source>
        <translation>Tasa de costo de reparto</translation>
    </message>
    <message>
        <source>Benefit and administrative expenditure over the insurable wage bill.</source>
        <translation>Gasto en prestaciones y administración sobre la masa salarial asegurable.</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Coeficiente de reserva</translation>
    </message>
    <message>
        <source>Reserve over the year&apos;s benefit and administrative expenditure.</source>
        <translation>Reserva sobre el gasto en prestaciones y administración del año.</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>PIB</translation>
    </message>
    <message>
        <source>Gross domestic product, nominal.</source>
        <translation>Producto interno bruto, nominal.</translation>
    </message>
    <message>
        <source>Benefit expenditure to GDP</source>
        <translation>Gasto en prestaciones sobre el PIB</translation>
    </message>
    <message>
        <source>Scheme benefit expenditure over GDP (the basic pension apart).</source>
        <translation>Gasto en prestaciones del régimen sobre el PIB (sin la pensión básica).</translation>
    </message>
    <message>
        <source>Basic pension beneficiaries</source>
        <translation>Beneficiarios de la pensión básica</translation>
    </message>
    <message>
        <source>People paid the non-contributory basic pension.</source>
        <translation>Personas que perciben la pensión básica no contributiva.</translation>
    </message>
    <message>
        <source>Basic pension cost</source>
        <translation>Costo de la pensión básica</translation>
    </message>
    <message>
        <source>Benefits and delivery cost, paid by the state budget.</source>
        <translation>Prestaciones y costo de gestión, a cargo del presupuesto del Estado.</translation>
    </message>
    <message>
        <source>Basic pension cost to GDP</source>
        <translation>Costo de la pensión básica sobre el PIB</translation>
    </message>
    <message>
        <source>Basic pension cost over GDP.</source>
        <translation>Costo de la pensión básica sobre el PIB.</translation>
    </message>
    <message>
        <source>Old-age pensioners</source>
        <translation>Pensionados de vejez</translation>
    </message>
    <message>
        <source>Old-age pensioners in payment.</source>
        <translation>Pensionados de vejez en curso de pago.</translation>
    </message>
    <message>
        <source>Old-age pension expenditure</source>
        <translation>Gasto en pensiones de vejez</translation>
    </message>
    <message>
        <source>Old-age pensions paid, without old-age grants.</source>
        <translation>Pensiones de vejez pagadas, sin las asignaciones de vejez.</translation>
    </message>
    <message>
        <source>Disability pensioners</source>
        <translation>Pensionados de invalidez</translation>
    </message>
    <message>
        <source>Disability pensioners in payment.</source>
        <translation>Pensionados de invalidez en curso de pago.</translation>
    </message>
    <message>
        <source>New disability pensioners</source>
        <translation>Nuevos pensionados de invalidez</translation>
    </message>
    <message>
        <source>Disability pensions awarded in the year.</source>
        <translation>Pensiones de invalidez otorgadas en el año.</translation>
    </message>
    <message>
        <source>Disability pension expenditure</source>
        <translation>Gasto en pensiones de invalidez</translation>
    </message>
    <message>
        <source>Disability pensions paid.</source>
        <translation>Pensiones de invalidez pagadas.</translation>
    </message>
    <message>
        <source>Spouse pensioners</source>
        <translation>Cónyuges sobrevivientes pensionados</translation>
    </message>
    <message>
        <source>Widows and widowers paid a survivor&apos;s pension.</source>
        <translation>Viudas y viudos que perciben una pensión de sobreviviente.</translation>
    </message>
    <message>
        <source>Orphan pensioners</source>
        <translation>Huérfanos pensionados</translation>
    </message>
    <message>
        <source>Orphans paid a pension.</source>
        <translation>Huérfanos que perciben una pensión.</translation>
    </message>
    <message>
        <source>Survivors&apos; pension expenditure</source>
        <translation>Gasto en pensiones de sobrevivientes</translation>
    </message>
    <message>
        <source>Spouse and orphan pensions paid.</source>
        <translation>Pensiones de cónyuges sobrevivientes y de huérfanos pagadas.</translation>
    </message>
    <message>
        <source>Lump sums</source>
        <translation>Pagos únicos</translation>
    </message>
    <message>
        <source>Old-age grants to members short of the qualifying period, and funeral grants.</source>
        <translation>Asignaciones de vejez a los afiliados que no cumplen el período de calificación, y gastos funerarios.</translation>
    </message>
    <message>
        <source>Share qualifying for a pension</source>
        <translation>Proporción que cumple el período de calificación</translation>
    </message>
    <message>
        <source>New old-age pensioners over all members reaching the pensionable age in the year; empty where no one does.</source>
        <translation>Nuevos pensionados de vejez sobre todos los afiliados que alcanzan la edad de jubilación en el año; vacío si nadie la alcanza.</translation>
    </message>
    <message>
        <source>Replacement rate, new pensions</source>
        <translation>Tasa de reemplazo, nuevas pensiones</translation>
    </message>
    <message>
        <source>Average new old-age pension over the average wage; empty where no one is awarded one.</source>
        <translation>Nueva pensión de vejez promedio sobre el salario promedio; vacío si no se otorga ninguna.</translation>
    </message>
    <message>
        <source>Average insurable wage</source>
        <translation>Salario asegurable promedio</translation>
    </message>
    <message>
        <source>Insurable wage bill per contributor (wages capped at the ceiling).</source>
        <translation>Masa salarial asegurable por cotizante (salarios limitados al tope).</translation>
    </message>
    <message>
        <source>thousand persons</source>
        <translation>miles de personas</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>× expenditure</source>
        <translation>× gasto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Reform comparison: {name}</source>
        <translation>Comparación de reformas: {name}</translation>
    </message>
    <message>
        <source>Reform comparison</source>
        <translation>Comparación de reformas</translation>
    </message>
    <message>
        <source>Exported {date}</source>
        <translation>Exportado el {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>export_scenarios</name>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Population and members</source>
        <translation>Población y afiliados</translation>
    </message>
    <message>
        <source>Wages, rules and pensions</source>
        <translation>Salarios, reglas y pensiones</translation>
    </message>
    <message>
        <source>Income, expenditure and reserve</source>
        <translation>Ingresos, gastos y reserva</translation>
    </message>
    <message>
        <source>Benefit branches and the basic pension (paid by the state)</source>
        <translation>Ramas de prestaciones y pensión básica (a cargo del Estado)</translation>
    </message>
    <message>
        <source>The workbook as read, with its legislated schedule.</source>
        <translation>El libro tal como se leyó, con su calendario legal.</translation>
    </message>
    <message>
        <source>See the {sheet} sheet for the levers.</source>
        <translation>Las palancas figuran en la hoja «{sheet}».</translation>
    </message>
    <message>
        <source>Differences from the baseline (reform minus baseline)</source>
        <translation>Diferencias con el escenario base (reforma menos escenario base)</translation>
    </message>
    <message>
        <source>Rates in percentage points ({pp}), money in {money}, the reserve ratio as a multiple of a year&apos;s expenditure; a dash where the difference rounds to nothing.</source>
        <translation>Tasas en puntos porcentuales ({pp}), montos en {money}, coeficiente de reserva como múltiplo del gasto de un año; un guion donde la diferencia se redondea a cero.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Indicators: the lines of the scenario sheets</source>
        <translation>Indicadores: las líneas de las hojas de escenario</translation>
    </message>
    <message>
        <source>&apos;Column&apos;: the name in the CSV and JSON output (spec 8 and 16). Large numbers of persons and money are shown in thousands to trillions: each line says which.</source>
        <translation>«Columna»: el nombre en la salida CSV y JSON (especificación, secciones 8 y 16). Los números grandes de personas y los montos se expresan en miles, millones, miles de millones o billones: cada línea indica la unidad.</translation>
    </message>
</context>
<context>
    <name>export_sensitivity</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no year of depletion</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <source>Low (pp of GAP)</source>
        <translation>Bajo (pp de PMG)</translation>
    </message>
    <message>
        <source>High (pp of GAP)</source>
        <translation>Alto (pp de PMG)</translation>
    </message>
    <message>
        <source>{name}: change of the GAP</source>
        <translation>{name}: variación de la PMG</translation>
    </message>
    <message>
        <source>percentage points of the GAP</source>
        <translation>puntos porcentuales de la PMG</translation>
    </message>
    <message>
        <source>Sensitivity tests</source>
        <translation>Pruebas de sensibilidad</translation>
    </message>
    <message>
        <source>Each assumption varied alone, low and high, the others as in the workbook; the same variant for the baseline and every reform. Shifts in percentage points (pt) are added in every year; factors (×) multiply the path.</source>
        <translation>Cada supuesto varía por separado, en variante baja y alta, y los demás quedan como en el libro; la misma variante se aplica al escenario base y a cada reforma. Los desplazamientos en puntos porcentuales (pp) se suman cada año; los factores (×) multiplican la trayectoria.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>GAP change</source>
        <translation>Variación de la PMG</translation>
    </message>
    <message>
        <source>Reserve depleted in</source>
        <translation>Reserva agotada en</translation>
    </message>
    <message>
        <source>PAYG cost rate {year}</source>
        <translation>Tasa de costo de reparto {year}</translation>
    </message>
    <message>
        <source>Reserve ratio {year} (years)</source>
        <translation>Coeficiente de reserva {year} (años)</translation>
    </message>
    <message>
        <source>central</source>
        <translation>central</translation>
    </message>
</context>
<context>
    <name>export_standards</name>
    <message>
        <source>Standards</source>
        <translation>Normas</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convenio</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Value (worst year)</source>
        <translation>Valor (peor año)</translation>
    </message>
    <message>
        <source>Worst year</source>
        <translation>Peor año</translation>
    </message>
    <message>
        <source>Where in the convention</source>
        <translation>Disposición del convenio</translation>
    </message>
    <message>
        <source>Within the international labour standards? ILO conventions C102 and C128</source>
        <translation>¿Dentro de las normas internacionales del trabajo? Convenios de la OIT C102 y C128</translation>
    </message>
    <message>
        <source>The benefit of each convention&apos;s standard beneficiary (30 years of contribution at the average insurable wage for old age, 15 years for invalidity and survivors), computed by the scheme&apos;s own rules, as a share of the average insurable wage of the award year; the worst award year is shown. Methods and what is not judged: docs/methodology.md, section 18.</source>
        <translation>La prestación del beneficiario tipo de cada convenio (30 años de cotización con el salario asegurable promedio para la vejez, 15 años para la invalidez y los sobrevivientes), calculada según las reglas propias del régimen, como proporción del salario asegurable promedio del año de otorgamiento; se muestra el año de otorgamiento más desfavorable. Métodos y aspectos no evaluados: docs/methodology.md, sección 18.</translation>
    </message>
    <message>
        <source>Not judged: {reasons}.</source>
        <translation>No evaluado: {reasons}.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two reasons</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>at least</source>
        <translation>como mínimo</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>como máximo</translation>
    </message>
</context>
<context>
    <name>export_stochastic</name>
    <message>
        <source>Stochastic</source>
        <translation>Estocástica</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>{name} deterministic</source>
        <translation>{name} determinista</translation>
    </message>
    <message>
        <source>Probability the reserve has run out</source>
        <translation>Probabilidad de que la reserva se haya agotado</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>{name}: reserve ratio, percentiles</source>
        <translation>{name}: coeficiente de reserva, percentiles</translation>
    </message>
    <message>
        <source>{name}: probability the reserve has run out</source>
        <translation>{name}: probabilidad de que la reserva se haya agotado</translation>
    </message>
    <message>
        <source>share of paths</source>
        <translation>proporción de trayectorias</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilidad</translation>
    </message>
    <message>
        <source>{rate} sd {sd} pt, autocorrelation {autocorrelation}</source>
        <translation>{rate}: desviación estándar {sd} pp, autocorrelación {autocorrelation}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two rates&apos; settings</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Stochastic projections</source>
        <translation>Proyecciones estocásticas</translation>
    </message>
    <message>
        <source>{paths} economic paths (seed {seed}), the same for every scenario: {settings}. Percentiles over the paths in each year; &apos;run out&apos; = the reserve was negative at the end of that year or an earlier one.</source>
        <translation>{paths} trayectorias económicas (semilla {seed}), las mismas para todos los escenarios: {settings}. Percentiles de las trayectorias en cada año; «agotada» = la reserva era negativa al final de ese año o de uno anterior.</translation>
    </message>
</context>
<context>
    <name>export_summary</name>
    <message>
        <source>PAYG cost rate {year} (% of wages)</source>
        <translation>Tasa de costo de reparto {year} (% de los salarios)</translation>
    </message>
    <message>
        <source>Reserve ratio {year} (× expenditure)</source>
        <translation>Coeficiente de reserva {year} (× gasto)</translation>
    </message>
    <message>
        <source>Contribution rate {year} (% of wages)</source>
        <translation>Tasa de cotización {year} (% de los salarios)</translation>
    </message>
    <message>
        <source>State subsidy {year} (% of wages)</source>
        <translation>Subsidio estatal {year} (% de los salarios)</translation>
    </message>
    <message>
        <source>Replacement rate {year} (%)</source>
        <translation>Tasa de reemplazo {year} (%)</translation>
    </message>
    <message>
        <source>Benefit expenditure {year} (% of GDP)</source>
        <translation>Gasto en prestaciones {year} (% del PIB)</translation>
    </message>
    <message>
        <source>Basic pension cost {year} (% of GDP)</source>
        <translation>Costo de la pensión básica {year} (% del PIB)</translation>
    </message>
    <message>
        <source>Basic pension beneficiaries {year} (thousand persons)</source>
        <translation>Beneficiarios de la pensión básica {year} (miles de personas)</translation>
    </message>
    <message>
        <source>Reserve exhausted in</source>
        <translation>Reserva agotada en</translation>
    </message>
    <message>
        <source>GAP (% of wages)</source>
        <translation>PMG (% de los salarios)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>Under the baseline the reserve lasts to the end of the projection ({year}).</source>
        <translation>En el escenario base la reserva alcanza hasta el final de la proyección ({year}).</translation>
    </message>
    <message>
        <source>Under the baseline the reserve is exhausted in {year}.</source>
        <translation>En el escenario base la reserva se agota en {year}.</translation>
    </message>
    <message>
        <source>{name} {depletion}{gap}.</source>
        <translation>{name} {depletion}{gap}.</translation>
    </message>
    <message>
        <source>The general average premium (GAP) under the baseline is {gap} of insurable wages: the level contribution rate that would finance the scheme over the projection period.</source>
        <translation>En el escenario base la prima media general (PMG) es del {gap} de los salarios asegurables: la tasa de cotización constante que financiaría el régimen durante el período de proyección.</translation>
    </message>
    <message>
        <source>Under the baseline the PAYG cost rate in {year} is {cost} of insurable wages, against a contribution rate of {rate} and a state subsidy worth {subsidy} of wages.</source>
        <translation>En el escenario base la tasa de costo de reparto en {year} es del {cost} de los salarios asegurables, frente a una tasa de cotización del {rate} y un subsidio estatal equivalente al {subsidy} de los salarios.</translation>
    </message>
    <message>
        <source>Under the baseline the PAYG cost rate in {year} is {cost} of insurable wages, against a contribution rate of {rate}.</source>
        <translation>En el escenario base la tasa de costo de reparto en {year} es del {cost} de los salarios asegurables, frente a una tasa de cotización del {rate}.</translation>
    </message>
    <message>
        <source>{name} stops the basic pension: in {year} it costs {cost} of GDP ({people}) under the baseline.</source>
        <translation>{name} suprime la pensión básica: en {year} cuesta el {cost} del PIB ({people}) en el escenario base.</translation>
    </message>
    <message>
        <source>{name} pays a basic pension costing {cost} of GDP in {year} ({people}), paid by the state budget outside the reserve; the baseline pays none.</source>
        <translation>{name} paga una pensión básica que cuesta el {cost} del PIB en {year} ({people}), a cargo del presupuesto del Estado, fuera de la reserva; el escenario base no paga ninguna.</translation>
    </message>
    <message>
        <source>{name} pays a basic pension costing {cost} of GDP in {year} ({people}), paid by the state budget outside the reserve; the baseline&apos;s costs {old_cost} ({old_people}).</source>
        <translation>{name} paga una pensión básica que cuesta el {cost} del PIB en {year} ({people}), a cargo del presupuesto del Estado, fuera de la reserva; la del escenario base cuesta el {old_cost} ({old_people}).</translation>
    </message>
    <message>
        <source>The baseline&apos;s basic pension costs {cost} of GDP in {year} ({people}), paid by the state budget outside the reserve and the GAP.</source>
        <translation>La pensión básica del escenario base cuesta el {cost} del PIB en {year} ({people}), a cargo del presupuesto del Estado, fuera de la reserva y de la PMG.</translation>
    </message>
    <message>
        <source>{count} million beneficiaries</source>
        <comment>2 million or more</comment>
        <translation>{count} millones de beneficiarios</translation>
    </message>
    <message>
        <source>{count} million beneficiaries</source>
        <translation>{count} millones de beneficiarios</translation>
    </message>
    <message>
        <source>{count} thousand beneficiaries</source>
        <translation>{count} mil beneficiarios</translation>
    </message>
    <message>
        <source>{count} beneficiaries</source>
        <translation>{count} beneficiarios</translation>
    </message>
    <message>
        <source>{branch} {share}</source>
        <translation>{branch} {share}</translation>
    </message>
    <message>
        <source>In {year} benefit expenditure under the baseline is {total} of GDP: {parts}.</source>
        <translation>En {year} el gasto en prestaciones del escenario base es del {total} del PIB: {parts}.</translation>
    </message>
    <message>
        <source>Of the branches, {name} changes {branch} most in {year}: from {old} to {new} of GDP.</source>
        <translation>Entre las ramas, {name} modifica sobre todo el gasto en {branch} en {year}: del {old} al {new} del PIB.</translation>
    </message>
    <message>
        <source>also keeps the reserve positive to {year}</source>
        <translation>también mantiene la reserva positiva hasta {year}</translation>
    </message>
    <message>
        <source>exhausts the reserve in {year}</source>
        <translation>agota la reserva en {year}</translation>
    </message>
    <message>
        <source>keeps the reserve positive to the end of the projection ({year})</source>
        <translation>mantiene la reserva positiva hasta el final de la proyección ({year})</translation>
    </message>
    <message>
        <source>postpones this to {year}</source>
        <translation>aplaza este agotamiento a {year}</translation>
    </message>
    <message>
        <source>brings this forward to {year}</source>
        <translation>adelanta este agotamiento a {year}</translation>
    </message>
    <message>
        <source>keeps this at {year}</source>
        <translation>mantiene este agotamiento en {year}</translation>
    </message>
    <message>
        <source> and leaves the GAP at {gap}</source>
        <translation> y deja la PMG en el {gap}</translation>
    </message>
    <message>
        <source> and raises the GAP from {old} to {new}</source>
        <translation> y eleva la PMG del {old} al {new}</translation>
    </message>
    <message>
        <source> and lowers the GAP from {old} to {new}</source>
        <translation> y reduce la PMG del {old} al {new}</translation>
    </message>
    <message>
        <source>none by {year}</source>
        <translation>sin agotamiento hasta {year}</translation>
    </message>
    <message>
        <source>beyond {year}</source>
        <translation>más allá de {year}</translation>
    </message>
    <message>
        <source>new: {year}</source>
        <translation>nuevo agotamiento en {year}</translation>
    </message>
    <message>
        <source>How this workbook prints: this {summary} and the {charts} are the brief; the full tables follow, years across: {differences} (each reform minus the baseline), {shares}, a page a scenario with every indicator, {assumptions} (every input) and {indicators} (what each line means). Printed tables show the base year, every fifth year to {near}, every tenth after, the last year and the year the reserve is exhausted (baseline: {years}); every year is in the sheets, in collapsed columns that + opens.</source>
        <translation>Cómo se imprime este libro: las hojas «{summary}» y «{charts}» forman la nota informativa; siguen las tablas completas, con los años en columnas: «{differences}» (cada reforma menos el escenario base), «{shares}», una página por escenario con todos los indicadores, «{assumptions}» (todos los datos de entrada) e «{indicators}» (qué significa cada línea). Las tablas impresas muestran el año base, uno de cada cinco años hasta {near}, uno de cada diez después, el último año y el año de agotamiento de la reserva (escenario base: {years}); todos los años están en las hojas, en columnas contraídas que el botón + despliega.</translation>
    </message>
    <message>
        <source>Base year {first}, projection to {last}. Exported {exported}. Rates are shares of insurable wages unless said to be of GDP.</source>
        <translation>Año base {first}, proyección hasta {last}. Exportado el {exported}. Las tasas son proporciones de los salarios asegurables, salvo que se indique «del PIB».</translation>
    </message>
    <message>
        <source> Illustrative: the source workbook&apos;s assumptions are not official statistics.</source>
        <translation> Ilustrativo: los supuestos del libro de origen no son estadísticas oficiales.</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Principales conclusiones</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Resultados principales</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Difference from the baseline (reserve exhausted: years later; rates: percentage points; a dash where it rounds to nothing)</source>
        <translation>Diferencia con la base (agotamiento de la reserva: años más tarde; tasas: puntos porcentuales; guion: se redondea a cero)</translation>
    </message>
    <message>
        <source>Reform</source>
        <translation>Reforma</translation>
    </message>
    <message>
        <source>Cost and financing in {year}</source>
        <translation>Costo y financiamiento en {year}</translation>
    </message>
    <message>
        <source>{name}: change</source>
        <translation>{name}: diferencia</translation>
    </message>
    <message>
        <source>Sources and caveats</source>
        <translation>Fuentes y advertencias</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Source workbook: {name} (SHA-256 {digest}).</source>
        <translation>Libro de origen: {name} (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>Source workbook: {name}.</source>
        <translation>Libro de origen: {name}.</translation>
    </message>
    <message>
        <source>Computed by Reform Studio {version}, model version {model}.</source>
        <translation>Calculado por Reform Studio {version}, versión {model} del modelo.</translation>
    </message>
    <message>
        <source>Illustrative: the source workbook says its assumptions are illustrative, not official statistics and not the rules of any real scheme; read the results as a demonstration.</source>
        <translation>Ilustrativo: el libro de origen indica que sus supuestos son ilustrativos, que no son estadísticas oficiales ni las reglas de un régimen real; lea los resultados como una demostración.</translation>
    </message>
    <message>
        <source>Projections, not forecasts: each follows from the assumptions on the {sheet} sheet. Money is nominal; the basic pension is paid by the state budget, outside the reserve and the GAP.</source>
        <translation>Proyecciones, no pronósticos: cada una se deriva de los supuestos de la hoja «{sheet}». Los montos son nominales; la pensión básica está a cargo del presupuesto del Estado, fuera de la reserva y de la PMG.</translation>
    </message>
    <message>
        <source>Data: {item}: {source}</source>
        <translation>Datos: {item}: {source}</translation>
    </message>
    <message>
        <source> The data sources in full are on the {sheet} sheet.</source>
        <translation> Las fuentes de los datos completas están en la hoja «{sheet}».</translation>
    </message>
    <message>
        <source>not by {year}</source>
        <translation>no antes de fin de {year}</translation>
    </message>
    <message>
        <source>n/a: depleted</source>
        <translation>n. a.: agotada</translation>
    </message>
</context>
<context>
    <name>fan_chart</name>
    <message>
        <source>Reserve ratio</source>
        <translation>Coeficiente de reserva</translation>
    </message>
    <message>
        <source>years of spending</source>
        <translation>años de gasto</translation>
    </message>
    <message>
        <source>PAYG cost rate</source>
        <translation>Tasa de costo de reparto</translation>
    </message>
    <message>
        <source>% of the wage bill</source>
        <translation>% de la masa salarial</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% del PIB</translation>
    </message>
    <message>
        <source>{name}: less than a 1-in-{odds} chance that the reserve runs out before {year}.</source>
        <translation>{name}: menos de una probabilidad entre {odds} de que la reserva se agote antes de {year}.</translation>
    </message>
    <message>
        <source>{name}: a 1-in-{odds} chance that the reserve runs out before {year}.</source>
        <translation>{name}: una probabilidad entre {odds} de que la reserva se agote antes de {year}.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Reform</source>
        <translation>Reforma</translation>
    </message>
    <message>
        <source>reserve run out
(share of paths)</source>
        <translation>reserva agotada
(proporción de trayectorias)</translation>
    </message>
    <message>
        <source>{name} (median)</source>
        <translation>{name} (mediana)</translation>
    </message>
    <message>
        <source>{name}: 5-95 % and 25-75 % of {paths} economic paths, median (dashed: deterministic)</source>
        <translation>{name}: 5-95&#xa0;% y 25-75&#xa0;% de {paths} trayectorias económicas, mediana (discontinua: determinista)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reform Studio scenarios (*.json)</source>
        <translation>Escenarios de Reform Studio (*.json)</translation>
    </message>
    <message>
        <source>CSV table, comma-separated, decimal point (*.csv)</source>
        <translation>Tabla CSV, separada por comas, punto decimal (*.csv)</translation>
    </message>
    <message>
        <source>CSV table, semicolon-separated, decimal comma (*.csv)</source>
        <translation>Tabla CSV, separada por punto y coma, coma decimal (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>semicolon-separated with decimal commas</source>
        <translation>separada por punto y coma, con coma decimal</translation>
    </message>
    <message>
        <source>comma-separated with decimal points</source>
        <translation>separada por comas, con punto decimal</translation>
    </message>
    <message>
        <source>No workbook is open: open another workbook, or one of the samples.</source>
        <translation>No hay ningún libro abierto: abra otro libro o uno de los ejemplos.</translation>
    </message>
    <message>
        <source>The scheme stays open.</source>
        <translation>El régimen sigue abierto.</translation>
    </message>
    <message>
        <source>{name} stays open.</source>
        <translation>{name} sigue abierto.</translation>
    </message>
    <message>
        <source>Open workbook</source>
        <translation>Abrir libro</translation>
    </message>
    <message>
        <source>Opening {name} was cancelled. {stays}</source>
        <translation>Se canceló la apertura de {name}. {stays}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Opening workbook</source>
        <translation>Apertura del libro</translation>
    </message>
    <message>
        <source>Cannot open workbook</source>
        <translation>No se puede abrir el libro</translation>
    </message>
    <message>
        <source>{name} was not opened: {message}</source>
        <translation>{name} no se abrió: {message}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; was not opened: {count} problem to fix.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; no se abrió: hay {count} problema que corregir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; was not opened: {count} problems to fix.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; no se abrió: hay {count} problemas que corregir.</translation>
    </message>
    <message>
        <source>Workbook problems</source>
        <translation>Problemas del libro</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; could not be read.</source>
        <translation>No se pudo leer &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{name} was not opened. {stays}</source>
        <translation>{name} no se abrió. {stays}</translation>
    </message>
    <message>
        <source>Opened {name}: {scheme}, {country}</source>
        <translation>{name} abierto: {scheme}, {country}</translation>
    </message>
    <message>
        <source>New workbook from template</source>
        <translation>Nuevo libro a partir de la plantilla</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>la plantilla</translation>
    </message>
    <message>
        <source>Template not written</source>
        <translation>Plantilla no escrita</translation>
    </message>
    <message>
        <source>Template written</source>
        <translation>Plantilla escrita</translation>
    </message>
    <message>
        <source>The template was written to {path}.
Open it in your spreadsheet program now?</source>
        <translation>La plantilla se escribió en {path}.
¿Abrirla ahora en su programa de hojas de cálculo?</translation>
    </message>
    <message>
        <source>Open scenarios</source>
        <translation>Abrir escenarios</translation>
    </message>
    <message>
        <source>No workbook open</source>
        <translation>Ningún libro abierto</translation>
    </message>
    <message>
        <source>Reforms change a scheme: open its workbook first, then its scenarios.</source>
        <translation>Una reforma modifica un régimen: abra primero su libro y luego sus escenarios.</translation>
    </message>
    <message>
        <source>Scenario file problems</source>
        <translation>Problemas del archivo de escenarios</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; was not opened; your reforms are unchanged.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; no se abrió; sus reformas no han cambiado.</translation>
    </message>
    <message>
        <source>Cannot open scenarios</source>
        <translation>No se pueden abrir los escenarios</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; was saved for the workbook &lt;b&gt;{made_for}&lt;/b&gt;, not for &lt;b&gt;{here}&lt;/b&gt;, which is open.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; se guardó para el libro &lt;b&gt;{made_for}&lt;/b&gt;, no para &lt;b&gt;{here}&lt;/b&gt;, que está abierto.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>Scenarios made for another workbook</source>
        <translation>Escenarios hechos para otro libro</translation>
    </message>
    <message>
        <source>These levers no longer make sense for {here}:</source>
        <translation>Estas palancas ya no tienen sentido para {here}:</translation>
    </message>
    <message>
        <source>The reforms were not opened; yours are unchanged. Open {made_for} to use them.</source>
        <translation>Las reformas no se abrieron; las suyas no han cambiado. Abra {made_for} para usarlas.</translation>
    </message>
    <message>
        <source>Every lever can be applied here, but its values were chosen for another scheme: a rate or an age that was a change there may be no change, or the opposite one, here.</source>
        <translation>Cada palanca puede aplicarse aquí, pero sus valores se eligieron para otro régimen: una tasa o una edad que allí era un cambio puede no serlo aquí, o ser el cambio contrario.</translation>
    </message>
    <message>
        <source>Open these reforms on {here} anyway?</source>
        <translation>¿Abrir de todos modos estas reformas sobre {here}?</translation>
    </message>
    <message>
        <source>the workbook open now</source>
        <translation>el libro abierto</translation>
    </message>
    <message>
        <source>Unsaved reforms</source>
        <translation>Reformas sin guardar</translation>
    </message>
    <message>
        <source>Opening {name} closes the reforms made for {here}: they belong to that workbook. They have changes that are not saved. Save them first?</source>
        <translation>Abrir {name} cierra las reformas hechas para {here}: pertenecen a ese libro. Tienen cambios sin guardar. ¿Guardarlas primero?</translation>
    </message>
    <message>
        <source>Save scenarios as</source>
        <translation>Guardar escenarios como</translation>
    </message>
    <message>
        <source>{source} is the workbook that is open</source>
        <translation>{source} es el libro abierto</translation>
    </message>
    <message>
        <source>{name} leads to {source}, the workbook that is open</source>
        <translation>{name} lleva a {source}, el libro abierto</translation>
    </message>
    <message>
        <source>{which}: writing {what} there would replace the scheme&apos;s data. It was left unchanged; choose another file name.</source>
        <translation>{which}: escribir allí {what} reemplazaría los datos del régimen. No se modificó; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>the scenarios</source>
        <translation>los escenarios</translation>
    </message>
    <message>
        <source>Scenario files are text files ending in .json; saved as {name}, they would not open in a spreadsheet program and would replace that file. Choose a name ending in .json, such as {stem}.json.</source>
        <translation>Los archivos de escenarios son archivos de texto terminados en .json; guardados como {name}, no se abrirían en un programa de hojas de cálculo y reemplazarían ese archivo. Elija un nombre terminado en .json, por ejemplo {stem}.json.</translation>
    </message>
    <message>
        <source>Scenario files are text files ending in .json; saved as {name}, they would not open in a spreadsheet program. Choose a name ending in .json, such as {stem}.json.</source>
        <translation>Los archivos de escenarios son archivos de texto terminados en .json; guardados como {name}, no se abrirían en un programa de hojas de cálculo. Elija un nombre terminado en .json, por ejemplo {stem}.json.</translation>
    </message>
    <message>
        <source>Scenarios not saved</source>
        <translation>Escenarios no guardados</translation>
    </message>
    <message>
        <source>Your reforms were not saved. {reason}

They are still open here.</source>
        <translation>Sus reformas no se guardaron. {reason}

Siguen abiertas aquí.</translation>
    </message>
    <message>
        <source>Your reforms were not saved. {reason}

They are still open here; save them to another folder.</source>
        <translation>Sus reformas no se guardaron. {reason}

Siguen abiertas aquí; guárdelas en otra carpeta.</translation>
    </message>
    <message>
        <source>Saved {count} reforms to {name}</source>
        <translation>Reformas guardadas en {name}: {count}</translation>
    </message>
    <message>
        <source>Your reforms have changes that are not saved. Save them?</source>
        <translation>Sus reformas tienen cambios sin guardar. ¿Guardarlas?</translation>
    </message>
    <message>
        <source>No workbook is open: open a workbook or a sample first.</source>
        <translation>No hay ningún libro abierto: abra primero un libro o un ejemplo.</translation>
    </message>
    <message>
        <source>Export chart image</source>
        <translation>Exportar imagen del gráfico</translation>
    </message>
    <message>
        <source>the chart</source>
        <translation>el gráfico</translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation>Gráfico no exportado</translation>
    </message>
    <message>
        <source>Chart written to {path}</source>
        <translation>Gráfico escrito en {path}</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Exportar los datos del gráfico</translation>
    </message>
    <message>
        <source>the chart data</source>
        <translation>los datos del gráfico</translation>
    </message>
    <message>
        <source>Chart data not exported</source>
        <translation>Datos del gráfico no exportados</translation>
    </message>
    <message>
        <source>Chart data written to {path}, {style}</source>
        <translation>Datos del gráfico escritos en {path}, {style}</translation>
    </message>
    <message>
        <source>Export comparison workbook</source>
        <translation>Exportar el libro de comparación</translation>
    </message>
    <message>
        <source>Comparison not exported</source>
        <translation>Comparación no exportada</translation>
    </message>
    <message>
        <source>A reform cannot be projected.</source>
        <translation>Una reforma no se puede proyectar.</translation>
    </message>
    <message>
        <source>Comparison of {count} reforms written to {path}</source>
        <translation>Comparación de {count} reformas escrita en {path}</translation>
    </message>
</context>
<context>
    <name>formatters</name>
    <message>
        <source>pp</source>
        <translation>pp</translation>
    </message>
    <message>
        <source>depleted</source>
        <translation>agotada</translation>
    </message>
    <message>
        <source>yrs</source>
        <translation>años</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
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
        <translation>Cumple la meta al límite</translation>
    </message>
    <message>
        <source>Meets the target</source>
        <translation>Cumple la meta</translation>
    </message>
    <message>
        <source>Current reform</source>
        <translation>Reforma actual</translation>
    </message>
    <message>
        <source>Not reachable in the range searched</source>
        <translation>Inalcanzable en el rango explorado</translation>
    </message>
    <message>
        <source>What it takes: {goal}</source>
        <translation>Lo que hace falta: {goal}</translation>
    </message>
    <message>
        <source>Reform frontier</source>
        <translation>Frontera de reformas</translation>
    </message>
</context>
<context>
    <name>frontier_panel</name>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The lever along the horizontal axis, tried across its range.</source>
        <translation>La palanca del eje horizontal, recorrida en todo su rango.</translation>
    </message>
    <message>
        <source>The lever solved for at each setting of the horizontal one.</source>
        <translation>La palanca que se resuelve para cada valor de la del eje horizontal.</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>Save the frontier as PNG, SVG or PDF.</source>
        <translation>Guardar la frontera como PNG, SVG o PDF.</translation>
    </message>
    <message>
        <source>Along the line the target is just met; in the shaded region it holds. The ring is the reform being edited.</source>
        <translation>Sobre la línea, la meta se cumple al límite; en la zona sombreada, se cumple. El anillo es la reforma que se edita.</translation>
    </message>
    <message>
        <source>Across (x)</source>
        <translation>Eje horizontal (x)</translation>
    </message>
    <message>
        <source>Solve for (y)</source>
        <translation>Resolver para (y)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Computing the frontier…</source>
        <translation>Calculando la frontera…</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>el escenario base</translation>
    </message>
    <message>
        <source>The ring is {ring}; the target holds above the line.</source>
        <translation>El anillo es {ring}; la meta se cumple por encima de la línea.</translation>
    </message>
    <message>
        <source>The ring is {ring}; the target holds below the line.</source>
        <translation>El anillo es {ring}; la meta se cumple por debajo de la línea.</translation>
    </message>
    <message>
        <source>{missing} of {count} settings cannot reach it (×).</source>
        <translation>{missing} de {count} valores no pueden alcanzarla (×).</translation>
    </message>
    <message>
        <source>The frontier cannot be computed: {message}</source>
        <translation>No se puede calcular la frontera: {message}</translation>
    </message>
    <message>
        <source>Export frontier image</source>
        <translation>Exportar imagen de la frontera</translation>
    </message>
    <message>
        <source>Frontier not exported</source>
        <translation>Frontera no exportada</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Frontier written to {path}</source>
        <translation>Frontera escrita en {path}</translation>
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
        <translation>{region} de ingreso bajo</translation>
    </message>
    <message>
        <source>Lower middle income {region}</source>
        <translation>{region} de ingreso mediano bajo</translation>
    </message>
    <message>
        <source>Upper middle income {region}</source>
        <translation>{region} de ingreso mediano alto</translation>
    </message>
    <message>
        <source>High income {region}</source>
        <translation>{region} de ingreso alto</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Mundo</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation>Ingreso bajo</translation>
    </message>
    <message>
        <source>Lower middle income</source>
        <translation>Ingreso mediano bajo</translation>
    </message>
    <message>
        <source>Upper middle income</source>
        <translation>Ingreso mediano alto</translation>
    </message>
    <message>
        <source>High income</source>
        <translation>Ingreso alto</translation>
    </message>
    <message>
        <source>East Asia &amp; Pacific</source>
        <translation>Asia oriental y el Pacífico</translation>
    </message>
    <message>
        <source>Europe &amp; Central Asia</source>
        <translation>Europa y Asia central</translation>
    </message>
    <message>
        <source>Latin America &amp; Caribbean</source>
        <translation>América Latina y el Caribe</translation>
    </message>
    <message>
        <source>Middle East &amp; North Africa</source>
        <translation>Oriente Medio y Norte de África</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>América del Norte</translation>
    </message>
    <message>
        <source>South Asia</source>
        <translation>Asia del Sur</translation>
    </message>
    <message>
        <source>Sub-Saharan Africa</source>
        <translation>África subsahariana</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>África septentrional</translation>
    </message>
    <message>
        <source>Eastern Africa</source>
        <translation>África oriental</translation>
    </message>
    <message>
        <source>Middle Africa</source>
        <translation>África central</translation>
    </message>
    <message>
        <source>Southern Africa</source>
        <translation>África meridional</translation>
    </message>
    <message>
        <source>Western Africa</source>
        <translation>África occidental</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Américas</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>América Latina y el Caribe (ONU)</translation>
    </message>
    <message>
        <source>Caribbean</source>
        <translation>Caribe</translation>
    </message>
    <message>
        <source>Central America</source>
        <translation>Centroamérica</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>América del Sur</translation>
    </message>
    <message>
        <source>Northern America</source>
        <translation>América septentrional</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Asia central</translation>
    </message>
    <message>
        <source>Eastern Asia</source>
        <translation>Asia oriental</translation>
    </message>
    <message>
        <source>South-eastern Asia</source>
        <translation>Asia sudoriental</translation>
    </message>
    <message>
        <source>Southern Asia</source>
        <translation>Asia meridional</translation>
    </message>
    <message>
        <source>Western Asia</source>
        <translation>Asia occidental</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>Europa oriental</translation>
    </message>
    <message>
        <source>Northern Europe</source>
        <translation>Europa septentrional</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>Europa meridional</translation>
    </message>
    <message>
        <source>Western Europe</source>
        <translation>Europa occidental</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oceanía</translation>
    </message>
    <message>
        <source>Australia and New Zealand</source>
        <translation>Australia y Nueva Zelandia</translation>
    </message>
    <message>
        <source>Melanesia</source>
        <translation>Melanesia</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <source>Polynesia</source>
        <translation>Polinesia</translation>
    </message>
    <message>
        <source>Name at least one country or group, e.g. --countries &apos;Malawi, Niger&apos; or --countries &apos;Low income Sub-Saharan Africa&apos;.</source>
        <translation>Indique al menos un país o un grupo, por ejemplo --countries &apos;Malawi, Niger&apos; o --countries &apos;África subsahariana de ingreso bajo&apos;.</translation>
    </message>
    <message>
        <source>{problem} Groups with a close name: {names}.</source>
        <translation>{problem} Grupos con un nombre parecido: {names}.</translation>
    </message>
</context>
<context>
    <name>key_figures</name>
    <message>
        <source>still depleted</source>
        <translation>sigue agotándose</translation>
    </message>
    <message>
        <source>now depleted</source>
        <translation>ahora se agota</translation>
    </message>
    <message>
        <source>no longer depleted</source>
        <translation>ya no se agota</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>Reserve depletion year</source>
        <translation>Año de agotamiento de la reserva</translation>
    </message>
    <message>
        <source>General average premium (GAP)</source>
        <translation>Prima media general (PMG)</translation>
    </message>
    <message>
        <source>PAYG cost rate {year}</source>
        <translation>Tasa de costo de reparto {year}</translation>
    </message>
    <message>
        <source>Reserve ratio {year}</source>
        <translation>Coeficiente de reserva {year}</translation>
    </message>
    <message>
        <source>Replacement rate {year}</source>
        <translation>Tasa de reemplazo {year}</translation>
    </message>
    <message>
        <source>Expenditure {year}</source>
        <translation>Gasto {year}</translation>
    </message>
    <message>
        <source>Basic pension cost {year}</source>
        <translation>Costo de la pensión básica {year}</translation>
    </message>
    <message>
        <source>Basic pension beneficiaries {year}</source>
        <translation>Beneficiarios de la pensión básica {year}</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>% of wages</source>
        <translation>% de los salarios</translation>
    </message>
    <message>
        <source>years of expenditure</source>
        <translation>años de gasto</translation>
    </message>
    <message>
        <source>% of average wage</source>
        <translation>% del salario promedio</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% del PIB</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>The basic pension is no longer paid in {year} (in {reference} it costs {cost} of GDP, {people} beneficiaries).</source>
        <translation>La pensión básica ya no se paga en {year} (en {reference} cuesta {cost} del PIB, {people} beneficiarios).</translation>
    </message>
    <message>
        <source>The basic pension costs {cost} of GDP in {year} ({people} beneficiaries), against none in {reference}.</source>
        <translation>La pensión básica cuesta {cost} del PIB en {year} ({people} beneficiarios), frente a nada en {reference}.</translation>
    </message>
    <message>
        <source>The basic pension costs {cost} of GDP in {year} ({people} beneficiaries) instead of {old_cost} ({old_people}).</source>
        <translation>La pensión básica cuesta {cost} del PIB en {year} ({people} beneficiarios) en lugar de {old_cost} ({old_people}).</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>el escenario base</translation>
    </message>
    <message>
        <source>the reserve is never exhausted, as in {reference}</source>
        <translation>la reserva nunca se agota, como en {reference}</translation>
    </message>
    <message>
        <source>the reserve now runs out in {new}, while in {reference} it never does</source>
        <translation>la reserva ahora se agota en {new}, mientras que en {reference} nunca se agota</translation>
    </message>
    <message>
        <source>the reserve is never exhausted instead of running out in {old}</source>
        <translation>la reserva nunca se agota en lugar de agotarse en {old}</translation>
    </message>
    <message>
        <source>the reserve still runs out in {new}</source>
        <translation>la reserva sigue agotándose en {new}</translation>
    </message>
    <message>
        <source>the reserve lasts until {new} instead of {old}</source>
        <translation>la reserva dura hasta {new} en lugar de {old}</translation>
    </message>
    <message>
        <source>, and the GAP stays at {gap} of insurable wages</source>
        <translation>, y la PMG se mantiene en {gap} de los salarios asegurables</translation>
    </message>
    <message>
        <source>, and the GAP falls from {old} to {new} of insurable wages</source>
        <translation>, y la PMG baja de {old} a {new} de los salarios asegurables</translation>
    </message>
    <message>
        <source>, and the GAP rises from {old} to {new} of insurable wages</source>
        <translation>, y la PMG sube de {old} a {new} de los salarios asegurables</translation>
    </message>
    <message>
        <source>{name}: {sentence}</source>
        <translation>{name}: {sentence}</translation>
    </message>
    <message>
        <source>Expenditure in {year} is {share} higher</source>
        <translation>El gasto de {year} es un {share} mayor</translation>
    </message>
    <message>
        <source>Expenditure in {year} is {share} lower</source>
        <translation>El gasto de {year} es un {share} menor</translation>
    </message>
    <message>
        <source>, mostly {branch} ({amount} of GDP)</source>
        <translation>, sobre todo por el gasto en {branch} ({amount} del PIB)</translation>
    </message>
    <message>
        <source>, led by {branch} ({amount} of GDP)</source>
        <translation>, en primer lugar por el gasto en {branch} ({amount} del PIB)</translation>
    </message>
    <message>
        <source>{branch} add {amount} of GDP</source>
        <translation>el gasto en {branch} aumenta en {amount} del PIB</translation>
    </message>
    <message>
        <source>{branch} save {amount} of GDP</source>
        <translation>el gasto en {branch} disminuye en {amount} del PIB</translation>
    </message>
    <message>
        <source>, while {changes}</source>
        <translation>, mientras que {changes}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>the old-age benefit of the standard beneficiary</source>
        <translation>la prestación de vejez del beneficiario tipo</translation>
    </message>
    <message>
        <source>the old-age benefit of a standard beneficiary at the skilled manual employee&apos;s wage (125 % of the average wage)</source>
        <translation>la prestación de vejez de un beneficiario tipo con el salario del trabajador calificado (125&#xa0;% del salario promedio)</translation>
    </message>
    <message>
        <source>the invalidity benefit of the standard beneficiary</source>
        <translation>la prestación de invalidez del beneficiario tipo</translation>
    </message>
    <message>
        <source>the survivors&apos; benefit of the standard beneficiary (a widow with two children)</source>
        <translation>la prestación de sobrevivientes del beneficiario tipo (una viuda con dos hijos)</translation>
    </message>
    <message>
        <source>the qualifying period for an old-age pension</source>
        <translation>el período de calificación para una pensión de vejez</translation>
    </message>
    <message>
        <source>the old-age benefit after 15 years of contribution</source>
        <translation>la prestación de vejez tras 15 años de cotización</translation>
    </message>
    <message>
        <source>the pensionable age</source>
        <translation>la edad de jubilación</translation>
    </message>
    <message>
        <source>the qualifying period for an invalidity pension</source>
        <translation>el período de calificación para una pensión de invalidez</translation>
    </message>
    <message>
        <source>the breadwinner&apos;s qualifying period for a survivors&apos; pension</source>
        <translation>el período de calificación del sostén de la familia para una pensión de sobrevivientes</translation>
    </message>
    <message>
        <source>the yearly adjustment of pensions in payment</source>
        <translation>el reajuste anual de las pensiones en curso de pago</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} años</translation>
    </message>
    <message>
        <source>{amount} of the reference wage</source>
        <translation>{amount} del salario de referencia</translation>
    </message>
    <message>
        <source>{amount} of the lower of price and wage growth</source>
        <translation>{amount} del menor de los aumentos de precios y de salarios</translation>
    </message>
    <message>
        <source>the {amount} that {convention} requires ({citation})</source>
        <translation>del umbral de {amount} que exige el {convention} ({citation})</translation>
    </message>
    <message>
        <source>the {amount} that {convention} allows ({citation})</source>
        <translation>del máximo de {amount} que admite el {convention} ({citation})</translation>
    </message>
    <message>
        <source>{subject} falls to {value} from {year}, below {lines}.</source>
        <translation>{subject} cae a {value} a partir de {year}, por debajo {lines}.</translation>
    </message>
    <message>
        <source>{subject} rises to {value} from {year}, above {lines}.</source>
        <translation>{subject} sube a {value} a partir de {year}, por encima {lines}.</translation>
    </message>
</context>
<context>
    <name>key_figures_panel</name>
    <message>
        <source>Baseline</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>What each drawn scenario does to the reserve, the general average premium and the basic pension compared with the scenario chosen under &quot;Compare with&quot;, and which branch drives its change in expenditure 25 years on.</source>
        <translation>El efecto de cada escenario dibujado sobre la reserva, la prima media general y la pensión básica frente al escenario elegido en «Comparar con», y la rama que explica la variación de su gasto a 25 años.</translation>
    </message>
    <message>
        <source>The scenario the changes are taken from: the baseline, or any drawn reform (to compare two reforms with each other).</source>
        <translation>El escenario a partir del cual se calculan las diferencias: el escenario base o cualquier reforma dibujada (para comparar dos reformas entre sí).</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Comparar con:</translation>
    </message>
    <message>
        <source>Each scenario, and its change from the one chosen under &quot;Compare with&quot; (pp = percentage points).</source>
        <translation>Cada escenario y su diferencia con el elegido en «Comparar con» (pp = puntos porcentuales).</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Reform</source>
        <translation>Reforma</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Change from {name}</source>
        <translation>Diferencia con {name}</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>el escenario base</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>Tick a reform in the list to compare it with the baseline.</source>
        <translation>Marque una reforma en la lista para compararla con el escenario base.</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>its value in {cell} is empty</source>
        <translation>su valor en {cell} está vacío</translation>
    </message>
    <message>
        <source>add a row with it in column A, for example in {cell}</source>
        <translation>agregue una fila con ella en la columna A, por ejemplo en {cell}</translation>
    </message>
    <message>
        <source>the key &apos;{name}&apos; is required{why}: {where}.</source>
        <translation>la clave «{name}» es obligatoria{why}: {where}.</translation>
    </message>
    <message>
        <source>the key &apos;{name}&apos; must not be given here: {reason}; leave its value empty or delete the row.</source>
        <translation>la clave «{name}» no debe indicarse aquí: {reason}; deje su valor vacío o elimine la fila.</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears again (first in {cell}): keep one row.</source>
        <translation>la clave «{key}» aparece de nuevo (primero en {cell}): conserve una sola fila.</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; belongs on sheet &apos;{sheet}&apos;: move it there.</source>
        <translation>la clave «{key}» corresponde a la hoja «{sheet}»: muévala allí.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key of this sheet: did you mean &apos;{key}&apos;?</source>
        <translation>«{text}» no es una clave de esta hoja: ¿quiso decir «{key}»?</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Follow the language of the computer&apos;s settings</source>
        <translation>Seguir el idioma de la configuración del equipo</translation>
    </message>
    <message>
        <source>Open Reform Studio in {language} from the next start</source>
        <translation>Abrir Reform Studio en {language} a partir del próximo inicio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Reform Studio will open in {language} the next time it starts; the window stays as it is until then.</source>
        <translation>Reform Studio se abrirá en {language} la próxima vez que se inicie; hasta entonces, la ventana queda como está.</translation>
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
        <translation>uso: {prog} [gui] [LIBRO] [--language en|fr|es]

Abre la ventana con LIBRO (un libro de datos, .xlsx) o, sin él, con el régimen de ejemplo de
Kenia y sus reformas ilustrativas.

opciones:
  -h, --help            muestra esta ayuda y sale
  --language en|fr|es   idioma de la ventana en este inicio (por defecto: el elegido en
                        Ver › Idioma o, si no, el del sistema)

Qt necesita una pantalla: en Linux debe estar definida DISPLAY o WAYLAND_DISPLAY (o
QT_QPA_PLATFORM, por ejemplo QT_QPA_PLATFORM=offscreen para dibujar sin pantalla).
`{prog} --help` presenta los comandos del terminal.
</translation>
    </message>
    <message>
        <source>{prog}: error: {message}
The commands are: {commands} (the window, the default).
`{prog} --help` explains them; `{prog} WORKBOOK.xlsx` opens a workbook in the window.</source>
        <translation>{prog}: error: {message}
Los comandos son: {commands} (la ventana, por defecto).
`{prog} --help` los explica; `{prog} LIBRO.xlsx` abre un libro en la ventana.</translation>
    </message>
    <message>
        <source>--language takes {choices}, not &apos;{value}&apos;</source>
        <translation>--language admite {choices}, no «{value}»</translation>
    </message>
    <message>
        <source>the window takes no option &apos;{option}&apos;</source>
        <translation>la ventana no admite la opción «{option}»</translation>
    </message>
    <message>
        <source>the window opens one workbook, not {count}: {arguments}</source>
        <translation>la ventana abre un solo libro, no {count}: {arguments}</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>no existe el archivo: {path}</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not a command (nor a file)</source>
        <translation>«{word}» no es un comando (ni un archivo)</translation>
    </message>
    <message>
        <source>{prog}: the window cannot start: {problem}. On Linux, Qt needs system libraries that pip does not install; the README&apos;s Install section lists them.</source>
        <translation>{prog}: la ventana no puede iniciarse: {problem}. En Linux, Qt necesita bibliotecas del sistema que pip no instala; la sección Install del README las enumera.</translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <source>{what} is {value}: give children per woman, between 0 and 15 (e.g. 2.1).</source>
        <translation>{what} es {value}: indique hijos por mujer, entre 0 y 15 (p. ej., 2,1).</translation>
    </message>
    <message>
        <source>{what} is {value}, which looks like males per 100 females: write {ratio} for {value}.</source>
        <translation>{what} es {value}, lo que parece un número de niños por cada 100 niñas: escriba {ratio} para {value}.</translation>
    </message>
    <message>
        <source>{what} is {value}: give males born per female, between 0.5 and 2 (e.g. 1.05).</source>
        <translation>{what} es {value}: indique los nacimientos masculinos por cada nacimiento femenino, entre 0,5 y 2 (p. ej., 1,05).</translation>
    </message>
    <message>
        <source>{what} is {value}: not 0, but smaller than {smallest}, which is no real amount or count (a residue of a calculation or a typing slip, and dividing by it overflows); write 0 for none.</source>
        <translation>{what} es {value}: no es 0, pero es menor que {smallest}, lo que no es un monto ni un número de personas real (un residuo de cálculo o un error de tecleo, y dividir por él produce un desbordamiento); escriba 0 si no hay.</translation>
    </message>
    <message>
        <source>The reference period fits in a working life from age 15 to the pensionable age, and pensionable ages are at most 80.</source>
        <translation>El período de referencia cabe en una vida laboral que va de los 15 años a la edad de jubilación, y las edades de jubilación son de 80 años como máximo.</translation>
    </message>
    <message>
        <source>GDP is in currency units, like wages: the largest GDP in any currency (Iran&apos;s, in rials) is of the order of 1e17, the smallest national economy (Tokelau) produces some 10 million a year, and a GDP below a million is most likely typed in millions or billions.</source>
        <translation>El PIB se expresa en unidades monetarias, como los salarios: el mayor PIB en cualquier moneda (el de Irán, en riales) es del orden de 1e17, la menor economía nacional (Tokelau) produce unos 10 millones al año, y un PIB inferior a un millón muy probablemente se escribió en millones o en miles de millones.</translation>
    </message>
    <message>
        <source>A reserve (or a debt, if negative) beyond 1e18 currency units would exceed the GDP of every economy in every currency.</source>
        <translation>Una reserva (o una deuda, si es negativa) de más de 1e18 unidades monetarias superaría el PIB de todas las economías, en cualquier moneda.</translation>
    </message>
    <message>
        <source>Average annual wages and pensions per person are below a million million currency units in every currency (in Iranian rials, the weakest major currency, an annual wage is about 1e9).</source>
        <translation>Los salarios y pensiones anuales promedio por persona son inferiores a un billón de unidades monetarias en cualquier moneda (en riales iraníes, la más débil de las grandes monedas, un salario anual es de alrededor de 1e9).</translation>
    </message>
    <message>
        <source>A count of persons at one age and sex is below a thousand million: the whole world has fewer than 80 million people of one sex at any single age.</source>
        <translation>Un número de personas de una edad y un sexo dados es inferior a mil millones: el mundo entero tiene menos de 80 millones de personas de un mismo sexo en una sola edad.</translation>
    </message>
    <message>
        <source>Past service is in years (0.5 for half a year): contributors are below the pensionable age, at most 80, so nobody has more than 80 years.</source>
        <translation>El servicio pasado se expresa en años (0,5 para medio año): los cotizantes no han alcanzado la edad de jubilación, de 80 años como máximo, así que nadie tiene más de 80 años de servicio.</translation>
    </message>
    <message>
        <source>Fertility may be on any scale (births per woman, per 1,000 women, or numbers of births), but not above the largest count of persons.</source>
        <translation>La fecundidad puede estar en cualquier escala (nacimientos por mujer, por cada 1000 mujeres o números de nacimientos), pero no por encima del mayor número de personas.</translation>
    </message>
    <message>
        <source>The migration profile may be on any scale, and negative where people leave, but not beyond the largest count of persons (a thousand million at one age).</source>
        <translation>El perfil migratorio puede estar en cualquier escala, y ser negativo donde las personas se van, pero no más allá del mayor número de personas (mil millones en una edad).</translation>
    </message>
    <message>
        <source>Net migration is in persons a year: the largest flows recorded for one country in one year (refugees from Syria or Ukraine) are some millions, far below 100 million.</source>
        <translation>La migración neta se expresa en personas por año: los mayores flujos registrados para un país en un año (refugiados de Siria o de Ucrania) son de algunos millones, muy por debajo de 100 millones.</translation>
    </message>
    <message>
        <source>Inflation is an annual fraction from -0.5 (-50 %, deeper than any deflation recorded) to 1 (+100 %); an economy in hyperinflation beyond that is projected in a stable currency or in real terms, as actuarial valuations of such schemes are.</source>
        <translation>La inflación es una fracción decimal anual de -0,5 (-50&#xa0;%, más profunda que cualquier deflación registrada) a 1 (+100&#xa0;%); una economía en hiperinflación más allá de eso se proyecta en una moneda estable o en términos reales, como lo hace la valuación actuarial de esos regímenes.</translation>
    </message>
    <message>
        <source>Real wage growth is a fraction from -0.5 (wages halving in real terms in a year) to 1 (doubling): beyond those, no economy has sustained it, and the rate is likely mistyped.</source>
        <translation>El crecimiento real de los salarios es una fracción decimal de -0,5 (salarios reducidos a la mitad en términos reales en un año) a 1 (duplicación): más allá, ninguna economía lo ha sostenido, y la tasa probablemente está mal escrita.</translation>
    </message>
    <message>
        <source>A nominal investment return is a fraction from -0.5 (a fund losing half its value in a year; the worst years of diversified funds are near -0.4) to 1 (+100 %, only under hyperinflation, which is projected in a stable currency).</source>
        <translation>Una tasa de rendimiento nominal de las inversiones es una fracción decimal de -0,5 (un fondo que pierde la mitad de su valor en un año; los peores años de los fondos diversificados rondan -0,4) a 1 (+100&#xa0;%, solo en hiperinflación, que se proyecta en una moneda estable).</translation>
    </message>
    <message>
        <source>Unemployment is a fraction of the labour force from 0 to 0.9: the highest national rates recorded are near 0.5, and above 0.9 almost nobody would be employed to project wages and GDP from.</source>
        <translation>El desempleo es una fracción de la fuerza de trabajo de 0 a 0,9: las tasas nacionales más altas registradas rondan 0,5, y por encima de 0,9 casi nadie estaría ocupado para proyectar a partir de ellos los salarios y el PIB.</translation>
    </message>
    <message>
        <source>Mortality improvement is an annual fraction from -0.2 to 0.2: the fastest sustained falls in death rates recorded (child mortality in fast-developing countries) are below 0.1 a year, and a qx that changes by more than a fifth every year for decades is not a life table.</source>
        <translation>La mejora de la mortalidad es una fracción decimal anual de -0,2 a 0,2: los descensos sostenidos de la mortalidad más rápidos registrados (mortalidad infantil en países de desarrollo rápido) son inferiores a 0,1 por año, y un qx que cambia más de una quinta parte cada año durante décadas no es una tabla de mortalidad.</translation>
    </message>
    <message>
        <source>a standard deviation of the rate around its path, a fraction a year</source>
        <translation>una desviación estándar de la tasa en torno a su trayectoria, como fracción decimal por año</translation>
    </message>
    <message>
        <source>the share of a year&apos;s deviation that remains the next year</source>
        <translation>la proporción de la desviación de un año que persiste el año siguiente</translation>
    </message>
    <message>
        <source>added to the rate in every year, a fraction (0.01 = 1 point)</source>
        <translation>se suma a la tasa cada año, como fracción decimal (0,01 = 1 punto porcentual)</translation>
    </message>
    <message>
        <source>multiplies the path in every year (1 = unchanged)</source>
        <translation>multiplica la trayectoria cada año (1 = sin cambios)</translation>
    </message>
</context>
<context>
    <name>lever_rows</name>
    <message>
        <source>No effect on this workbook: it gives no members who leave a spouse (no Survivors sheet), so no spouse&apos;s pension is awarded.</source>
        <translation>Sin efecto en este libro: no incluye afiliados que dejen cónyuge (no hay hoja Survivors), por lo que no se otorga ninguna pensión de cónyuge sobreviviente.</translation>
    </message>
    <message>
        <source>No effect without a qualifying period: nobody falls short of one, so nobody gets the grant. Set a qualifying period first.</source>
        <translation>Sin efecto sin período de calificación: nadie deja de cumplirlo, por lo que nadie recibe la asignación. Fije primero un período de calificación.</translation>
    </message>
    <message>
        <source>This lever differs from the baseline</source>
        <translation>Esta palanca difiere del escenario base</translation>
    </message>
    <message>
        <source>Reset to the baseline: {lever}</source>
        <translation>Restablecer el valor del escenario base: {lever}</translation>
    </message>
    <message>
        <source>Solve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <source>Find the value of this lever ({lever}) that meets a target, such as a reserve that never runs out.</source>
        <translation>Encontrar el valor de esta palanca ({lever}) que cumple una meta, por ejemplo una reserva que nunca se agota.</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>opción</translation>
    </message>
    <message>
        <source> yrs</source>
        <translation> años</translation>
    </message>
    <message>
        <source>First year the new value applies (default: the year after the base year).</source>
        <translation>Primer año en que se aplica el nuevo valor (por defecto: el año siguiente al año base).</translation>
    </message>
    <message>
        <source>from </source>
        <translation>desde </translation>
    </message>
    <message>
        <source>at once</source>
        <translation>inmediato</translation>
    </message>
    <message>
        <source> pp/yr</source>
        <translation> pp/año</translation>
    </message>
    <message>
        <source>Phase-in: percentage points moved towards the new value each year (at once: no phase-in).</source>
        <translation>Aplicación gradual: puntos porcentuales que se avanzan cada año hacia el nuevo valor (inmediato: sin aplicación gradual).</translation>
    </message>
    <message>
        <source> ×/yr</source>
        <translation> ×/año</translation>
    </message>
    <message>
        <source>Phase-in: how far the value moves towards the new one each year ({unit}; at once: no phase-in). Only where the baseline sets a value to start from.</source>
        <translation>Aplicación gradual: cuánto se acerca cada año el valor al nuevo ({unit}; inmediato: sin aplicación gradual). Solo si el escenario base fija un valor de partida.</translation>
    </message>
    <message>
        <source>1 yr every </source>
        <translation>1 año cada </translation>
    </message>
    <message>
        <source>Phase-in: one year closer to the new value every this many years (at once: no phase-in).</source>
        <translation>Aplicación gradual: el valor se acerca un año al nuevo cada n años, siendo n el número indicado (inmediato: sin aplicación gradual).</translation>
    </message>
    <message>
        <source>Year by which the full extension is reached, linearly from the from-year (default: at once in the from-year).</source>
        <translation>Año en que se alcanza la extensión completa, de forma lineal desde el año de inicio (por defecto: de inmediato en el año de inicio).</translation>
    </message>
    <message>
        <source>full by </source>
        <translation>completa en </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>from next year</source>
        <translation>desde el próximo año</translation>
    </message>
    <message>
        <source>full at once</source>
        <translation>completa de inmediato</translation>
    </message>
    <message>
        <source>None (nominal wages)</source>
        <translation>Ninguna (salarios nominales)</translation>
    </message>
    <message>
        <source>First year of awards to which the new method applies.</source>
        <translation>Primer año de otorgamiento al que se aplica el nuevo método.</translation>
    </message>
</context>
<context>
    <name>levers</name>
    <message>
        <source>Contribution rate</source>
        <translation>Tasa de cotización</translation>
    </message>
    <message>
        <source>% of insurable wage</source>
        <translation>% del salario asegurable</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotizaciones</translation>
    </message>
    <message>
        <source>Share of the insurable wage paid as contributions by workers and employers together.</source>
        <translation>Proporción del salario asegurable pagada como cotizaciones por trabajadores y empleadores en conjunto.</translation>
    </message>
    <message>
        <source>Contribution density</source>
        <translation>Densidad de cotización</translation>
    </message>
    <message>
        <source>% of the year</source>
        <translation>% del año</translation>
    </message>
    <message>
        <source>Share of a year that a contributor actually pays for; it scales the wage bill and the service credited.</source>
        <translation>Proporción del año por la que un cotizante cotiza efectivamente; pondera la masa salarial y los años de servicio acreditados.</translation>
    </message>
    <message>
        <source>Coverage extension</source>
        <translation>Extensión de la cobertura</translation>
    </message>
    <message>
        <source>% of uncovered employed</source>
        <translation>% de los ocupados no cubiertos</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Share of the employed who do not contribute today that is brought into coverage, reached linearly by the full-by year.</source>
        <translation>Proporción de los ocupados que hoy no cotizan que se incorpora a la cobertura, alcanzada linealmente en el año de cobertura completa.</translation>
    </message>
    <message>
        <source>Contribution ceiling</source>
        <translation>Tope de cotización</translation>
    </message>
    <message>
        <source>× average wage</source>
        <translation>× salario promedio</translation>
    </message>
    <message>
        <source>Wage above which no contribution is due, as a multiple of the average insurable wage; wages in the benefit formula are capped at it too. Needs members who differ (wage dispersion) to bite.</source>
        <translation>Salario por encima del cual no se cotiza, como múltiplo del salario asegurable promedio; en la fórmula de la prestación, los salarios también se limitan a ese tope. Solo surte efecto si los salarios de los asegurados difieren (dispersión salarial).</translation>
    </message>
    <message>
        <source>Pensionable age, men</source>
        <translation>Edad de jubilación, hombres</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>Pensionable age</source>
        <translation>Edad de jubilación</translation>
    </message>
    <message>
        <source>Age at which men are awarded their old-age pension. Cohorts already retired are not affected.</source>
        <translation>Edad a la que los hombres obtienen su pensión de vejez. Las cohortes ya jubiladas no se ven afectadas.</translation>
    </message>
    <message>
        <source>Pensionable age, women</source>
        <translation>Edad de jubilación, mujeres</translation>
    </message>
    <message>
        <source>Age at which women are awarded their old-age pension. Cohorts already retired are not affected.</source>
        <translation>Edad a la que las mujeres obtienen su pensión de vejez. Las cohortes ya jubiladas no se ven afectadas.</translation>
    </message>
    <message>
        <source>Qualifying period</source>
        <translation>Período de calificación</translation>
    </message>
    <message>
        <source>years of service</source>
        <translation>años de servicio</translation>
    </message>
    <message>
        <source>Qualifying conditions</source>
        <translation>Condiciones de acceso</translation>
    </message>
    <message>
        <source>Credited service needed for an old-age pension; members short of it get the old-age grant instead.</source>
        <translation>Años de servicio acreditados exigidos para una pensión de vejez; los asegurados que no los reúnen reciben en su lugar la asignación de vejez.</translation>
    </message>
    <message>
        <source>Old-age grant</source>
        <translation>Asignación de vejez</translation>
    </message>
    <message>
        <source>% of reference wage per year of service</source>
        <translation>% del salario de referencia por año de servicio</translation>
    </message>
    <message>
        <source>Lump sum paid at the pensionable age to members short of the qualifying period, per year of service.</source>
        <translation>Pago único, a la edad de jubilación, a los asegurados que no cumplen el período de calificación, por año de servicio.</translation>
    </message>
    <message>
        <source>Accrual rate</source>
        <translation>Tasa de acumulación</translation>
    </message>
    <message>
        <source>% of reference wage per year</source>
        <translation>% del salario de referencia por año</translation>
    </message>
    <message>
        <source>Benefit formula</source>
        <translation>Fórmula de la prestación</translation>
    </message>
    <message>
        <source>Pension earned per year of credited service, as a share of the reference wage.</source>
        <translation>Pensión adquirida por año de servicio acreditado, como proporción del salario de referencia.</translation>
    </message>
    <message>
        <source>Reference period</source>
        <translation>Período de referencia</translation>
    </message>
    <message>
        <source>Number of final years whose (revalued) wages are averaged into the reference wage. At most the pensionable age minus 15.</source>
        <translation>Número de últimos años cuyos salarios (revalorizados) se promedian en el salario de referencia. Como máximo, la edad de jubilación menos 15.</translation>
    </message>
    <message>
        <source>Revaluation of past wages</source>
        <translation>Revalorización de los salarios</translation>
    </message>
    <message>
        <source>How past wages are updated to the award year in the reference wage: not at all, with prices or with wages.</source>
        <translation>Cómo se actualizan los salarios pasados al año de otorgamiento en el salario de referencia: nada, con los precios o con los salarios.</translation>
    </message>
    <message>
        <source>Minimum pension</source>
        <translation>Pensión mínima</translation>
    </message>
    <message>
        <source>% of average wage</source>
        <translation>% del salario promedio</translation>
    </message>
    <message>
        <source>Floor on a new pension, as a share of the average insurable wage of the award year. 0 removes the floor.</source>
        <translation>Mínimo de una nueva pensión, como proporción del salario asegurable promedio del año de otorgamiento. 0 elimina el mínimo.</translation>
    </message>
    <message>
        <source>Maximum replacement rate</source>
        <translation>Tasa de reemplazo máxima</translation>
    </message>
    <message>
        <source>% of reference wage</source>
        <translation>% del salario de referencia</translation>
    </message>
    <message>
        <source>Cap on a new pension as a share of the pensioner&apos;s own reference wage; the minimum pension wins over it.</source>
        <translation>Tope de una nueva pensión como proporción del salario de referencia del propio pensionado; la pensión mínima prevalece sobre él.</translation>
    </message>
    <message>
        <source>Survivor&apos;s pension</source>
        <translation>Pensión de sobrevivientes</translation>
    </message>
    <message>
        <source>% of the deceased&apos;s pension</source>
        <translation>% de la pensión del fallecido</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Sobrevivientes</translation>
    </message>
    <message>
        <source>Spouse&apos;s pension as a share of the pension the deceased drew or had earned. 0 % awards no new spouse pensions.</source>
        <translation>Pensión del cónyuge como proporción de la pensión que el fallecido percibía o había adquirido. 0&#xa0;% no otorga nuevas pensiones de cónyuge.</translation>
    </message>
    <message>
        <source>Indexation: wage share</source>
        <translation>Indexación: peso de los salarios</translation>
    </message>
    <message>
        <source>% weight on wages</source>
        <translation>% de ponderación de los salarios</translation>
    </message>
    <message>
        <source>Indexation</source>
        <translation>Indexación</translation>
    </message>
    <message>
        <source>Pensions in payment rise each January by this mix of wage growth and price inflation (0 % = prices, 100 % = wages).</source>
        <translation>Las pensiones en curso de pago se reajustan cada enero según esta combinación de crecimiento de los salarios e inflación de precios (0&#xa0;% = precios, 100&#xa0;% = salarios).</translation>
    </message>
    <message>
        <source>Administration cost</source>
        <translation>Gastos de administración</translation>
    </message>
    <message>
        <source>% of contributions</source>
        <translation>% de las cotizaciones</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <source>Administrative expenses as a share of contribution income.</source>
        <translation>Gastos de administración como proporción de los ingresos por cotizaciones.</translation>
    </message>
    <message>
        <source>State subsidy</source>
        <translation>Subsidio estatal</translation>
    </message>
    <message>
        <source>% of expenditure</source>
        <translation>% del gasto</translation>
    </message>
    <message>
        <source>State budget transfer to the scheme as a share of its benefit expenditure.</source>
        <translation>Transferencia del presupuesto del Estado al régimen como proporción de su gasto en prestaciones.</translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation>Pensión básica</translation>
    </message>
    <message>
        <source>A non-contributory pension financed by the state budget, outside the reserve: universal or pension-tested.</source>
        <translation>Pensión no contributiva financiada por el presupuesto del Estado, fuera de la reserva: universal o condicionada a no percibir otra pensión.</translation>
    </message>
    <message>
        <source>Basic pension age</source>
        <translation>Edad de la pensión básica</translation>
    </message>
    <message>
        <source>Age from which the basic pension is paid.</source>
        <translation>Edad a partir de la cual se paga la pensión básica.</translation>
    </message>
    <message>
        <source>Basic pension level</source>
        <translation>Monto de la pensión básica</translation>
    </message>
    <message>
        <source>% of GDP per capita</source>
        <translation>% del PIB per cápita</translation>
    </message>
    <message>
        <source>Annual benefit as a share of GDP per head of population.</source>
        <translation>Prestación anual como proporción del PIB por habitante.</translation>
    </message>
    <message>
        <source>Take-up</source>
        <translation>Tasa de acogida</translation>
    </message>
    <message>
        <source>% of eligible</source>
        <translation>% de los elegibles</translation>
    </message>
    <message>
        <source>Share of the eligible who claim the basic pension.</source>
        <translation>Proporción de los elegibles que solicitan la pensión básica.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>% of benefits</source>
        <translation>% de las prestaciones</translation>
    </message>
    <message>
        <source>Delivery cost as a share of the benefits paid.</source>
        <translation>Costo de gestión como proporción de las prestaciones pagadas.</translation>
    </message>
    <message>
        <source>Pensionable age, men and women</source>
        <translation>Edad de jubilación, hombres y mujeres</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>precios</translation>
    </message>
    <message>
        <source>wages</source>
        <translation>salarios</translation>
    </message>
    <message>
        <source>{count} year</source>
        <translation>{count} año</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} años</translation>
    </message>
</context>
<context>
    <name>levers_panel</name>
    <message>
        <source>Reset all levers</source>
        <translation>Restablecer todas las palancas</translation>
    </message>
    <message>
        <source>Set every lever of this reform back to the baseline (undoable).</source>
        <translation>Devolver cada palanca de esta reforma al valor del escenario base (se puede deshacer).</translation>
    </message>
    <message>
        <source>Editing &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Editando &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a reform to change levers; the baseline is the workbook.</source>
        <translation>Agregue una reforma para cambiar palancas; el escenario base es el libro.</translation>
    </message>
    <message>
        <source>No workbook is open: the levers appear once a scheme&apos;s workbook is open.</source>
        <translation>No hay ningún libro abierto: las palancas aparecen al abrir el libro de un régimen.</translation>
    </message>
    <message>
        <source>Reset all levers ({count} changed)</source>
        <translation>Restablecer todas las palancas (cambiadas: {count})</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Reform Studio projects a pension scheme described in an Excel workbook, then compares reforms with it. Open a scheme&apos;s workbook, or start from one of the samples.</source>
        <translation>Reform Studio proyecta un régimen de pensiones descrito en un libro de Excel y luego le compara reformas. Abra el libro de un régimen o parta de uno de los ejemplos.</translation>
    </message>
    <message>
        <source>Open workbook…</source>
        <translation>Abrir libro…</translation>
    </message>
    <message>
        <source>Open the {name} sample</source>
        <translation>Abrir el ejemplo {name}</translation>
    </message>
    <message>
        <source>The bundled sample workbook {file}, with its illustrative reforms.</source>
        <translation>El libro de ejemplo incluido {file}, con sus reformas ilustrativas.</translation>
    </message>
    <message>
        <source>New workbook from template…</source>
        <translation>Nuevo libro a partir de la plantilla…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop reading this workbook (Esc).</source>
        <translation>Detener la lectura de este libro (Esc).</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>No workbook is open</source>
        <translation>No hay ningún libro abierto</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Reforms</source>
        <translation>Reformas</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Palancas</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>⚠ {count} warning</source>
        <translation>⚠ {count} advertencia</translation>
    </message>
    <message>
        <source>⚠ {count} warnings</source>
        <translation>⚠ {count} advertencias</translation>
    </message>
    <message>
        <source>This reform cannot be projected: {message}</source>
        <translation>Esta reforma no se puede proyectar: {message}</translation>
    </message>
    <message>
        <source>Presentation mode: Space or PageDown for the next reform, PageUp for the previous one, Esc to leave.</source>
        <translation>Modo presentación: Espacio o Av Pág para la reforma siguiente, Re Pág para la anterior, Esc para salir.</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} de {count}</translation>
    </message>
    <message>
        <source>Space or PageDown: next reform; PageUp: previous; Esc: leave presentation mode.</source>
        <translation>Espacio o Av Pág: reforma siguiente; Re Pág: anterior; Esc: salir del modo presentación.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Open workbook</source>
        <translation>Abrir libro</translation>
    </message>
    <message>
        <source>Open scenarios</source>
        <translation>Abrir escenarios</translation>
    </message>
    <message>
        <source>Save scenarios / save as</source>
        <translation>Guardar escenarios / guardar como</translation>
    </message>
    <message>
        <source>Export comparison workbook</source>
        <translation>Exportar el libro de comparación</translation>
    </message>
    <message>
        <source>Export chart image</source>
        <translation>Exportar imagen del gráfico</translation>
    </message>
    <message>
        <source>Export chart data (CSV)</source>
        <translation>Exportar los datos del gráfico (CSV)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>While a workbook is being read with no other open: stop reading it</source>
        <translation>Mientras se lee un libro sin que haya otro abierto: detener la lectura</translation>
    </message>
    <message>
        <source>Reforms and levers</source>
        <translation>Reformas y palancas</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Deshacer / rehacer</translation>
    </message>
    <message>
        <source>Add, duplicate, rename, delete a reform</source>
        <translation>Agregar, duplicar, cambiar de nombre, eliminar una reforma</translation>
    </message>
    <message>
        <source>In the list of reforms: choose the reform to edit; tick or untick it (draw it)</source>
        <translation>En la lista de reformas: elegir la reforma que se edita; marcarla o desmarcarla (dibujarla)</translation>
    </message>
    <message>
        <source>Next / previous control: the reforms, the levers, the charts, the key figures</source>
        <translation>Control siguiente / anterior: las reformas, las palancas, los gráficos, las cifras clave</translation>
    </message>
    <message>
        <source>On a lever&apos;s slider: a step, ten steps, the ends</source>
        <translation>En el deslizador de una palanca: un paso, diez pasos, los extremos</translation>
    </message>
    <message>
        <source>In a lever&apos;s field: a step, or the value typed</source>
        <translation>En el campo de una palanca: un paso, o el valor escrito</translation>
    </message>
    <message>
        <source>Show a chart (or Left / Right on the chart tabs)</source>
        <translation>Mostrar un gráfico (o Izquierda / Derecha en las pestañas de los gráficos)</translation>
    </message>
    <message>
        <source>Chart as table (Ctrl+C copies)</source>
        <translation>Gráfico como tabla (Ctrl+C copia)</translation>
    </message>
    <message>
        <source>Presentation mode (Space/PageDown: next reform, PageUp: previous, Esc: leave)</source>
        <translation>Modo presentación (Espacio/Av Pág: reforma siguiente, Re Pág: anterior, Esc: salir)</translation>
    </message>
    <message>
        <source>These shortcuts</source>
        <translation>Estos atajos</translation>
    </message>
    <message>
        <source>With an underlined letter: open a menu, or choose an entry in an open menu</source>
        <translation>Con una letra subrayada: abrir un menú, o elegir una entrada de un menú abierto</translation>
    </message>
    <message>
        <source>Analyses and panels</source>
        <translation>Análisis y paneles</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Close this list (Enter or Esc).</source>
        <translation>Cerrar esta lista (Intro o Esc).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open workbook…</source>
        <translation>A&amp;brir libro…</translation>
    </message>
    <message>
        <source>Open a scheme workbook; every problem in it is listed if it cannot be used.</source>
        <translation>Abrir el libro de un régimen; si no se puede usar, se enumeran todos sus problemas.</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;New workbook from template…</source>
        <translation>&amp;Nuevo libro a partir de la plantilla…</translation>
    </message>
    <message>
        <source>Write an empty input workbook to fill in for a new scheme.</source>
        <translation>Escribir un libro de datos vacío para completar con un nuevo régimen.</translation>
    </message>
    <message>
        <source>O&amp;pen scenarios…</source>
        <translation>Abrir &amp;escenarios…</translation>
    </message>
    <message>
        <source>Open a saved set of reforms.</source>
        <translation>Abrir un conjunto de reformas guardado.</translation>
    </message>
    <message>
        <source>&amp;Save scenarios</source>
        <translation>&amp;Guardar escenarios</translation>
    </message>
    <message>
        <source>Save the reforms to their scenario file.</source>
        <translation>Guardar las reformas en su archivo de escenarios.</translation>
    </message>
    <message>
        <source>Save scenarios &amp;as…</source>
        <translation>Guardar escenarios &amp;como…</translation>
    </message>
    <message>
        <source>Save the reforms to a new scenario file.</source>
        <translation>Guardar las reformas en un nuevo archivo de escenarios.</translation>
    </message>
    <message>
        <source>Export chart &amp;image…</source>
        <translation>Exportar &amp;imagen del gráfico…</translation>
    </message>
    <message>
        <source>Save the chart on screen as PNG, SVG or PDF.</source>
        <translation>Guardar el gráfico en pantalla como PNG, SVG o PDF.</translation>
    </message>
    <message>
        <source>Export chart &amp;data (CSV)…</source>
        <translation>Exportar los &amp;datos del gráfico (CSV)…</translation>
    </message>
    <message>
        <source>Save the numbers of the chart on screen as a CSV table (opens in Excel).</source>
        <translation>Guardar las cifras del gráfico en pantalla como tabla CSV (se abre en Excel).</translation>
    </message>
    <message>
        <source>&amp;Export comparison workbook…</source>
        <translation>Exportar el &amp;libro de comparación…</translation>
    </message>
    <message>
        <source>Write an Excel workbook comparing the baseline with every reform.</source>
        <translation>Escribir un libro de Excel que compara el escenario base con cada reforma.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Leave Reform Studio.</source>
        <translation>Salir de Reform Studio.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Reset all &amp;levers</source>
        <translation>Restablecer todas las &amp;palancas</translation>
    </message>
    <message>
        <source>Set every lever of the reform being edited back to the baseline.</source>
        <translation>Devolver cada palanca de la reforma que se edita al valor del escenario base.</translation>
    </message>
    <message>
        <source>&amp;Reform</source>
        <translation>&amp;Reforma</translation>
    </message>
    <message>
        <source>&amp;Add reform</source>
        <translation>A&amp;gregar reforma</translation>
    </message>
    <message>
        <source>Add a reform that starts equal to the baseline.</source>
        <translation>Agregar una reforma que inicialmente es igual al escenario base.</translation>
    </message>
    <message>
        <source>&amp;Duplicate reform</source>
        <translation>&amp;Duplicar reforma</translation>
    </message>
    <message>
        <source>Copy the selected reform.</source>
        <translation>Copiar la reforma seleccionada.</translation>
    </message>
    <message>
        <source>&amp;Rename reform</source>
        <translation>Re&amp;nombrar reforma</translation>
    </message>
    <message>
        <source>Rename the selected reform.</source>
        <translation>Cambiar el nombre de la reforma seleccionada.</translation>
    </message>
    <message>
        <source>De&amp;lete reform</source>
        <translation>E&amp;liminar reforma</translation>
    </message>
    <message>
        <source>Delete the selected reform (undoable).</source>
        <translation>Eliminar la reforma seleccionada (se puede deshacer).</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Full screen with large charts; Space steps through the reforms, Esc leaves.</source>
        <translation>Pantalla completa con gráficos grandes; Espacio pasa de una reforma a otra, Esc sale.</translation>
    </message>
    <message>
        <source>Chart &amp;{number}: {title}</source>
        <translation>Gráfico &amp;{number}: {title}</translation>
    </message>
    <message>
        <source>Show the chart: {title}.</source>
        <translation>Mostrar el gráfico: {title}.</translation>
    </message>
    <message>
        <source>Chart as &amp;table</source>
        <translation>Gráfico como &amp;tabla</translation>
    </message>
    <message>
        <source>Switch the chart on screen between the drawing and a table of its numbers.</source>
        <translation>Alternar el gráfico en pantalla entre el dibujo y una tabla de sus cifras.</translation>
    </message>
    <message>
        <source>&amp;Reforms list</source>
        <translation>Lista de &amp;reformas</translation>
    </message>
    <message>
        <source>Le&amp;vers</source>
        <translation>Pa&amp;lancas</translation>
    </message>
    <message>
        <source>Show or hide this panel: {name}.</source>
        <translation>Mostrar u ocultar este panel: {name}.</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts.</source>
        <translation>Enumerar los atajos de teclado.</translation>
    </message>
    <message>
        <source>&amp;About Reform Studio</source>
        <translation>Acerca &amp;de Reform Studio</translation>
    </message>
    <message>
        <source>Version, model version, build, data sources and licences.</source>
        <translation>Versión, versión del modelo, compilación, fuentes de datos y licencias.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>An existing file of that name was left unchanged.</source>
        <translation>Un archivo existente con ese nombre quedó sin cambios.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved in {folder}</source>
        <translation>«{name}» no se pudo guardar en {folder}</translation>
    </message>
    <message>
        <source>{where}: that drive is read-only. Choose another folder, for example your Documents folder.</source>
        <translation>{where}: esa unidad es de solo lectura. Elija otra carpeta, por ejemplo su carpeta Documentos.</translation>
    </message>
    <message>
        <source>The disk is full: {where}. Free some space, or choose another drive, and try again.</source>
        <translation>El disco está lleno: {where}. Libere espacio o elija otra unidad, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{where}: the name is too long for that drive. Choose a shorter name or a shorter folder path.</source>
        <translation>{where}: el nombre es demasiado largo para esa unidad. Elija un nombre más corto o una ruta de carpeta más corta.</translation>
    </message>
    <message>
        <source>{where}: the folder no longer exists (a drive disconnected?). Choose an existing folder.</source>
        <translation>{where}: la carpeta ya no existe (¿una unidad desconectada?). Elija una carpeta existente.</translation>
    </message>
    <message>
        <source>{where}: the file is open in another program (close it there), or the folder is read-only for you (choose another one).</source>
        <translation>{where}: el archivo está abierto en otro programa (ciérrelo allí), o la carpeta es de solo lectura para usted (elija otra).</translation>
    </message>
    <message>
        <source>{where} ({detail}). Try again, or choose another folder.</source>
        <translation>{where} ({detail}). Vuelva a intentarlo o elija otra carpeta.</translation>
    </message>
    <message>
        <source>{where}. Try again, or choose another folder.</source>
        <translation>{where}. Vuelva a intentarlo o elija otra carpeta.</translation>
    </message>
    <message>
        <source>{where}. Try again, or choose another folder; the details are in the log file.</source>
        <translation>{where}. Vuelva a intentarlo o elija otra carpeta; los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>&apos;{text}&apos; is not a number: write it as {example}</source>
        <translation>«{text}» no es un número: escríbalo como {example}</translation>
    </message>
</context>
<context>
    <name>parameters</name>
    <message>
        <source>optional label</source>
        <translation>etiqueta opcional</translation>
    </message>
    <message>
        <source>Exampleland</source>
        <translation>País de ejemplo</translation>
    </message>
    <message>
        <source>optional label (default: the file name)</source>
        <translation>etiqueta opcional (por defecto: el nombre del archivo)</translation>
    </message>
    <message>
        <source>Example pension scheme</source>
        <translation>Régimen de pensiones de ejemplo</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>first projection year; data are at 1 January</source>
        <translation>primer año de proyección; los datos son al 1 de enero</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>10 to 150; empty = 75</source>
        <translation>de 10 a 150; vacío = 75</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>fracción decimal</translation>
    </message>
    <message>
        <source>of the insurable wage (0.18 = 18 %)</source>
        <translation>del salario asegurable (0,18 = 18&#xa0;%)</translation>
    </message>
    <message>
        <source>whole number, 40 to 80</source>
        <translation>número entero, de 40 a 80</translation>
    </message>
    <message>
        <source>fraction per year</source>
        <translation>fracción decimal por año</translation>
    </message>
    <message>
        <source>pension per year of service, of the reference wage</source>
        <translation>tasa de acumulación: pensión por año de servicio, como fracción del salario de referencia</translation>
    </message>
    <message>
        <source>final years averaged; at most pensionable age - 15</source>
        <translation>últimos años promediados; como máximo la edad de jubilación menos 15</translation>
    </message>
    <message>
        <source>none | prices | wages</source>
        <translation>none | prices | wages, en inglés (sin revalorización, según los precios, según los salarios)</translation>
    </message>
    <message>
        <source>0 = prices, 1 = wages</source>
        <translation>0 = precios, 1 = salarios</translation>
    </message>
    <message>
        <source>share of a year contributed</source>
        <translation>proporción del año cotizada</translation>
    </message>
    <message>
        <source>of contribution income</source>
        <translation>de los ingresos por cotizaciones</translation>
    </message>
    <message>
        <source>of benefit expenditure</source>
        <translation>del gasto en prestaciones</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>reserve at 1 January base year</source>
        <translation>reserva al 1 de enero del año base</translation>
    </message>
    <message>
        <source>optional: floor on new pensions, of the average wage; empty = none</source>
        <translation>opcional: mínimo de las nuevas pensiones, como fracción del salario promedio; vacío = ninguno</translation>
    </message>
    <message>
        <source>optional: cap on new pensions, of the own reference wage; empty = none</source>
        <translation>opcional: tope de las nuevas pensiones, como fracción del salario de referencia del propio pensionado; vacío = ninguno</translation>
    </message>
    <message>
        <source>TRUE/FALSE</source>
        <translation>VERDADERO/FALSO (o 1/0)</translation>
    </message>
    <message>
        <source>optional non-contributory pension from the state budget</source>
        <translation>pensión no contributiva opcional, financiada por el presupuesto del Estado</translation>
    </message>
    <message>
        <source>required when the basic pension is enabled</source>
        <translation>obligatoria si la pensión básica está activada</translation>
    </message>
    <message>
        <source>required when enabled: benefit as a share of GDP per capita</source>
        <translation>obligatoria si está activada: prestación como fracción del PIB per cápita</translation>
    </message>
    <message>
        <source>universal | pension_tested; empty = universal</source>
        <translation>universal | pension_tested, en inglés (universal, condicionada a no percibir otra pensión); vacío = universal</translation>
    </message>
    <message>
        <source>empty = 1</source>
        <translation>vacío = 1</translation>
    </message>
    <message>
        <source>empty = 0</source>
        <translation>vacío = 0</translation>
    </message>
    <message>
        <source>empty = in force from the base year</source>
        <translation>vacío = vigente desde el año base</translation>
    </message>
    <message>
        <source>sd of log wage</source>
        <translation>desviación estándar del log del salario</translation>
    </message>
    <message>
        <source>optional, 0 to 2: spread of earnings within a cohort (10 earnings classes); typically 0.4 to 0.8; empty = 0, everyone earns the cohort&apos;s average</source>
        <translation>opcional, de 0 a 2: dispersión de los salarios dentro de una cohorte (10 clases de salario); normalmente de 0,4 a 0,8; vacío = 0, todos ganan el salario promedio de su cohorte</translation>
    </message>
    <message>
        <source>optional, 0 to 1: spread of service within a cohort, h (5 service classes from 1 - 0.8 h to 1 + 0.8 h times the cohort&apos;s service); typically 0.3 to 0.6; empty = 0</source>
        <translation>opcional, de 0 a 1: dispersión de los años de servicio dentro de una cohorte, h (5 clases de servicio, de 1 - 0,8 h a 1 + 0,8 h veces el servicio de la cohorte); normalmente de 0,3 a 0,6; vacío = 0</translation>
    </message>
    <message>
        <source>times the average wage</source>
        <translation>veces el salario promedio</translation>
    </message>
    <message>
        <source>optional, above 0 up to 10: wages above this multiple of the average wage are neither contributed on nor pensioned; typically 2 to 5; empty = no ceiling</source>
        <translation>opcional, más de 0 y como máximo 10: la parte del salario que excede este múltiplo del salario promedio no cotiza ni cuenta para la pensión; normalmente de 2 a 5; vacío = sin tope</translation>
    </message>
    <message>
        <source>optional qualifying period, whole years 0 to 50: with less service no pension, only the old-age grant; typically 10 to 20; empty = 0</source>
        <translation>período de calificación opcional, en años enteros de 0 a 50: con menos años de servicio no hay pensión, solo la asignación de vejez; normalmente de 10 a 20; vacío = 0</translation>
    </message>
    <message>
        <source>fraction per year of service</source>
        <translation>fracción decimal por año de servicio</translation>
    </message>
    <message>
        <source>optional: lump sum for members short of the qualifying period, per year of service, of their reference wage; typically 0.05 to 0.15; empty = 0</source>
        <translation>opcional: pago único a los asegurados que no cumplen el período de calificación, por año de servicio, como fracción de su salario de referencia; normalmente de 0,05 a 0,15; vacío = 0</translation>
    </message>
    <message>
        <source>optional, whole years 0 to 50: service needed for a disability pension; typically 1 to 5; empty = 0</source>
        <translation>opcional, en años enteros de 0 a 50: servicio requerido para una pensión de invalidez; normalmente de 1 a 5; vacío = 0</translation>
    </message>
    <message>
        <source>optional, 0 to 1: share of the years from disablement to the pensionable age credited as service; typically 0.5 to 1; empty = 0</source>
        <translation>opcional, de 0 a 1: proporción de los años entre la invalidez y la edad de jubilación que se acredita como servicio; normalmente de 0,5 a 1; vacío = 0</translation>
    </message>
    <message>
        <source>times qx</source>
        <translation>veces qx</translation>
    </message>
    <message>
        <source>optional, 1 to 10: disability pensioners&apos; mortality as a multiple of the population&apos;s; typically 1.5 to 3; empty = 1</source>
        <translation>opcional, de 1 a 10: mortalidad de los pensionados de invalidez como múltiplo de la de la población; normalmente de 1,5 a 3; vacío = 1</translation>
    </message>
    <message>
        <source>optional, 0 to 1: a spouse&apos;s pension, of the deceased&apos;s pension; typically 0.5 to 0.6; empty = 0, no spouses&apos; pensions are awarded</source>
        <translation>opcional, de 0 a 1: pensión del cónyuge sobreviviente, como fracción de la pensión del fallecido; normalmente de 0,5 a 0,6; vacío = 0, no se otorgan pensiones de cónyuge</translation>
    </message>
    <message>
        <source>optional, 0 to 1: each orphan&apos;s pension, of the deceased&apos;s pension; typically 0.1 to 0.25; empty = 0, no orphans&apos; pensions are awarded</source>
        <translation>opcional, de 0 a 1: pensión de cada huérfano, como fracción de la pensión del fallecido; normalmente de 0,1 a 0,25; vacío = 0, no se otorgan pensiones de orfandad</translation>
    </message>
    <message>
        <source>optional, whole years 1 to 30: orphans are paid until this age; typically 18 to 25; empty = 18</source>
        <translation>opcional, en años enteros de 1 a 30: los huérfanos cobran hasta esta edad; normalmente de 18 a 25; vacío = 18</translation>
    </message>
    <message>
        <source>optional, whole years -20 to 20: husband&apos;s age minus wife&apos;s; typically 2 to 5; empty = 0</source>
        <translation>opcional, en años enteros de -20 a 20: edad del esposo menos la de la esposa; normalmente de 2 a 5; vacío = 0</translation>
    </message>
    <message>
        <source>optional, whole years 0 to 50: service a contributor needs to leave survivors&apos; pensions; typically 0 to 5; empty = 0</source>
        <translation>opcional, en años enteros de 0 a 50: servicio que un cotizante necesita para generar pensiones de sobrevivientes; normalmente de 0 a 5; vacío = 0</translation>
    </message>
    <message>
        <source>optional, 0 to 10: lump sum on the death of a contributor or pensioner, of the average wage; typically 0.1 to 0.5; empty = 0</source>
        <translation>opcional, de 0 a 10: gastos funerarios, pago único por el fallecimiento de un cotizante o pensionado, como múltiplo del salario promedio; normalmente de 0,1 a 0,5; vacío = 0</translation>
    </message>
    <message>
        <source>nominal GDP in the base year</source>
        <translation>PIB nominal del año base</translation>
    </message>
    <message>
        <source>annual; or give it in EconomyByYear</source>
        <translation>anual; o indíquela año por año en EconomyByYear</translation>
    </message>
    <message>
        <source>annual, above inflation</source>
        <translation>anual, por encima de la inflación</translation>
    </message>
    <message>
        <source>annual, nominal</source>
        <translation>anual, nominal</translation>
    </message>
    <message>
        <source>of the labour force</source>
        <translation>de la fuerza de trabajo</translation>
    </message>
    <message>
        <source>children per woman</source>
        <translation>hijos por mujer</translation>
    </message>
    <message>
        <source>in the base year; not given where DemographyByYear has tfr</source>
        <translation>del año base; se omite si DemographyByYear tiene la columna tfr</translation>
    </message>
    <message>
        <source>reached in tfr_target_year</source>
        <translation>valor alcanzado en el año tfr_target_year</translation>
    </message>
    <message>
        <source>after the base year</source>
        <translation>posterior al año base</translation>
    </message>
    <message>
        <source>males per female</source>
        <translation>niños por niña</translation>
    </message>
    <message>
        <source>e.g. 1.05</source>
        <translation>p. ej., 1,05</translation>
    </message>
    <message>
        <source>not given where Mortality has improvement columns</source>
        <translation>se omite si la hoja Mortality tiene columnas de mejora</translation>
    </message>
    <message>
        <source>persons per year</source>
        <translation>personas por año</translation>
    </message>
    <message>
        <source>0 for none; non-zero needs the Migration sheet</source>
        <translation>0 si no hay; un valor distinto de 0 requiere la hoja Migration</translation>
    </message>
    <message>
        <source>optional: standard deviation of {rate} around its path; empty = {default}</source>
        <translation>opcional: desviación estándar de «{rate}» en torno a su trayectoria; vacío = {default}</translation>
    </message>
    <message>
        <source>optional: AR(1) coefficient of its deviations; empty = {default}</source>
        <translation>opcional: coeficiente AR(1) de sus desviaciones; vacío = {default}</translation>
    </message>
    <message>
        <source>optional: correlation of the annual shocks to {a} and {b}; empty = {default}</source>
        <translation>opcional: correlación de los choques anuales de «{a}» y «{b}»; vacío = {default}</translation>
    </message>
    <message>
        <source>optional: the low setting of {assumption} (added); empty = {default}; low and high both 0 = not tested</source>
        <translation>opcional: valor bajo de la prueba «{assumption}» (se suma); vacío = {default}; valores bajo y alto ambos en 0 = no se prueba</translation>
    </message>
    <message>
        <source>optional: the high setting of {assumption} (added); empty = {default}; low and high both 0 = not tested</source>
        <translation>opcional: valor alto de la prueba «{assumption}» (se suma); vacío = {default}; valores bajo y alto ambos en 0 = no se prueba</translation>
    </message>
    <message>
        <source>optional: the low setting of {assumption} (multiplier); empty = {default}; low and high both 1 = not tested</source>
        <translation>opcional: valor bajo de la prueba «{assumption}» (multiplicador); vacío = {default}; valores bajo y alto ambos en 1 = no se prueba</translation>
    </message>
    <message>
        <source>optional: the high setting of {assumption} (multiplier); empty = {default}; low and high both 1 = not tested</source>
        <translation>opcional: valor alto de la prueba «{assumption}» (multiplicador); vacío = {default}; valores bajo y alto ambos en 1 = no se prueba</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor multiplicativo</translation>
    </message>
    <message>
        <source>optional group of 4 columns: disability pensioners by own age and sex</source>
        <translation>grupo opcional de 4 columnas: pensionados de invalidez según su propia edad y sexo</translation>
    </message>
    <message>
        <source>average annual disability pension, in the scheme&apos;s currency</source>
        <translation>pensión de invalidez anual promedio, en la moneda del régimen</translation>
    </message>
    <message>
        <source>optional group of 4 columns: spouses drawing a survivor&apos;s pension, by the spouse&apos;s own age and sex</source>
        <translation>grupo opcional de 4 columnas: cónyuges que perciben una pensión de sobrevivientes, según la edad y el sexo del propio cónyuge</translation>
    </message>
    <message>
        <source>average annual survivor&apos;s pension, in the scheme&apos;s currency</source>
        <translation>pensión de sobrevivientes anual promedio, en la moneda del régimen</translation>
    </message>
    <message>
        <source>optional group of 2 columns: orphans drawing a pension, by the orphan&apos;s age (both sexes); blank or 0 from orphan_age_limit up</source>
        <translation>grupo opcional de 2 columnas: huérfanos que perciben una pensión, según la edad del huérfano (ambos sexos); vacío o 0 desde orphan_age_limit</translation>
    </message>
    <message>
        <source>average annual orphan&apos;s pension, in the scheme&apos;s currency</source>
        <translation>pensión de orfandad anual promedio, en la moneda del régimen</translation>
    </message>
    <message>
        <source>probability that a contributor of this age and sex becomes disabled within the year; typically 0.001 at 20 rising to 0.01 near the pensionable age</source>
        <translation>probabilidad de que un cotizante de esta edad y sexo quede inválido en el año; normalmente 0,001 a los 20 años, hasta 0,01 cerca de la edad de jubilación</translation>
    </message>
    <message>
        <source>by the age and sex of the deceased: probability of leaving a spouse entitled to a pension; typically 0.7 to 0.8 in mid-life, lower in old age</source>
        <translation>según la edad y el sexo del fallecido: probabilidad de dejar un cónyuge con derecho a pensión; normalmente de 0,7 a 0,8 en la edad madura, menos en la vejez</translation>
    </message>
    <message>
        <source>average number of orphans entitled to a pension left by one death, 0 to 10; typically up to 1.5 in mid-life</source>
        <translation>número promedio de huérfanos con derecho a pensión que deja un fallecimiento, de 0 a 10; normalmente hasta 1,5 en la edad madura</translation>
    </message>
    <message>
        <source>their average age at the death, whole years below orphan_age_limit</source>
        <translation>su edad promedio al fallecimiento, en años enteros, inferior a orphan_age_limit</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>hoja «{sheet}»</translation>
    </message>
    <message>
        <source>cell {cell}</source>
        <translation>celda {cell}</translation>
    </message>
    <message>
        <source>lever &apos;{lever}&apos;</source>
        <translation>palanca «{lever}»</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>{source}: </source>
        <translation>{source}: </translation>
    </message>
    <message>
        <source>{count} problems:</source>
        <translation>{count} problemas:</translation>
    </message>
    <message>
        <source>  … and {count} more like these</source>
        <translation>  … y {count} más del mismo tipo</translation>
    </message>
</context>
<context>
    <name>pyramid</name>
    <message>
        <source>Men {year}</source>
        <translation>Hombres {year}</translation>
    </message>
    <message>
        <source>Women {year}</source>
        <translation>Mujeres {year}</translation>
    </message>
    <message>
        <source>{column} (persons)</source>
        <translation>{column} (personas)</translation>
    </message>
    <message>
        <source>Age (100 = 100 and over)</source>
        <translation>Edad (100 = 100 años y más)</translation>
    </message>
    <message>
        <source>Persons at 1 January (men left, women right)</source>
        <translation>Personas al 1 de enero (hombres a la izquierda, mujeres a la derecha)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Population by age and sex, {year}</source>
        <translation>Población por edad y sexo, {year}</translation>
    </message>
    <message>
        <source>Population by age and sex, {year} (bars) and {later} (outline)</source>
        <translation>Población por edad y sexo, {year} (barras) y {later} (contorno)</translation>
    </message>
    <message>
        <source>Age {age}: men {men}, women {women}</source>
        <translation>Edad {age}: hombres {men}, mujeres {women}</translation>
    </message>
    <message>
        <source>Age {age}: {year} men {men}, women {women} · {later} men {later_men}, women {later_women}</source>
        <translation>Edad {age}: {year} hombres {men}, mujeres {women} · {later} hombres {later_men}, mujeres {later_women}</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Your reforms could not be copied for recovery (the application data folder cannot be written); save them with File › Save scenarios.</source>
        <translation>No se pudieron copiar sus reformas para la recuperación (no se puede escribir en la carpeta de datos de la aplicación); guárdelas con Archivo › Guardar escenarios.</translation>
    </message>
    <message>
        <source>A Reform Studio window did not close normally (its last copy was made on {when}).</source>
        <translation>Una ventana de Reform Studio no se cerró normalmente (su última copia es del {when}).</translation>
    </message>
    <message>
        <source>A Reform Studio window did not close normally.</source>
        <translation>Una ventana de Reform Studio no se cerró normalmente.</translation>
    </message>
    <message>
        <source>{count} reform for {workbook} had changes that were not saved.</source>
        <translation>{count} reforma para {workbook} tenía cambios sin guardar.</translation>
    </message>
    <message>
        <source>{count} reforms for {workbook} had changes that were not saved.</source>
        <translation>{count} reformas para {workbook} tenían cambios sin guardar.</translation>
    </message>
    <message>
        <source>{count} reform had changes that were not saved.</source>
        <translation>{count} reforma tenía cambios sin guardar.</translation>
    </message>
    <message>
        <source>{count} reforms had changes that were not saved.</source>
        <translation>{count} reformas tenían cambios sin guardar.</translation>
    </message>
    <message>
        <source>Restore unsaved reforms?</source>
        <translation>¿Restaurar las reformas sin guardar?</translation>
    </message>
    <message>
        <source>Restore them in this window? (No discards them.)</source>
        <translation>¿Restaurarlas en esta ventana? («No» las descarta.)</translation>
    </message>
    <message>
        <source>Opening {name} was cancelled, so the unsaved reforms made for it were not restored; they are offered again the next time Reform Studio starts.</source>
        <translation>Se canceló la apertura de {name}, por lo que las reformas sin guardar hechas para ese libro no se restauraron; se ofrecerán de nuevo la próxima vez que se inicie Reform Studio.</translation>
    </message>
    <message>
        <source>Reforms not restored</source>
        <translation>Reformas no restauradas</translation>
    </message>
    <message>
        <source>The unsaved reforms were made for {name}, which cannot be opened ({path}). They belong to that workbook, so they were not restored here; they are offered again the next time Reform Studio starts.</source>
        <translation>Las reformas sin guardar se hicieron para {name}, que no se puede abrir ({path}). Pertenecen a ese libro, por lo que no se restauraron aquí; se ofrecerán de nuevo la próxima vez que se inicie Reform Studio.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Baseline</source>
        <translation>Escenario base</translation>
    </message>
    <message>
        <source>reserve depleted in: {year}</source>
        <translation>año de agotamiento de la reserva: {year}</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>fuera del horizonte de proyección</translation>
    </message>
    <message>
        <source>general average premium (GAP): {rate} of insurable wages</source>
        <translation>prima media general (PMG): {rate} de los salarios asegurables</translation>
    </message>
    <message>
        <source>PAYG cost rate</source>
        <translation>tasa de costo de reparto</translation>
    </message>
    <message>
        <source>contribution rate</source>
        <translation>tasa de cotización</translation>
    </message>
    <message>
        <source>reserve ratio (years)</source>
        <translation>coeficiente de reserva (años)</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>the workbook has no sheets: start from the template (reform-studio template).</source>
        <translation>el libro no tiene hojas: parta de la plantilla (reform-studio template).</translation>
    </message>
    <message>
        <source>none of the sheets of an input workbook ({sheets}) was found: this does not look like a Reform Studio input workbook; start from the template (reform-studio template).</source>
        <translation>no se encontró ninguna de las hojas de un libro de datos ({sheets}): este no parece un libro de datos de Reform Studio; parta de la plantilla (reform-studio template).</translation>
    </message>
    <message>
        <source> (the sheet &apos;{near}&apos; looks like it: rename it &apos;{name}&apos;)</source>
        <translation> (la hoja «{near}» se le parece: cámbiele el nombre a «{name}»)</translation>
    </message>
    <message>
        <source>the sheet &apos;{name}&apos; is missing{hint}.</source>
        <translation>falta la hoja «{name}»{hint}.</translation>
    </message>
    <message>
        <source>the optional sheet &apos;{name}&apos; was not found{hint}; sheet names are matched ignoring case and outer spaces only.</source>
        <translation>no se encontró la hoja opcional «{name}»{hint}; los nombres de hoja se comparan sin tener en cuenta las mayúsculas ni los espacios iniciales y finales, y nada más.</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; gives it year by year</source>
        <translation>la hoja «{sheet}» la da año por año</translation>
    </message>
    <message>
        <source> (or give it year by year on sheet &apos;{sheet}&apos;)</source>
        <translation> (o indíquela año por año en la hoja «{sheet}»)</translation>
    </message>
    <message>
        <source>the tfr column of sheet &apos;DemographyByYear&apos; replaces the tfr keys</source>
        <translation>la columna tfr de la hoja «DemographyByYear» reemplaza las claves tfr</translation>
    </message>
    <message>
        <source>the Mortality sheet has improvement columns</source>
        <translation>la hoja «Mortality» tiene columnas de mejora de la mortalidad</translation>
    </message>
    <message>
        <source> (or give improvement_male and improvement_female columns on sheet &apos;Mortality&apos;)</source>
        <translation> (o indique las columnas improvement_male e improvement_female en la hoja «Mortality»)</translation>
    </message>
    <message>
        <source>tfr_target_year is {target}, not after the base year {base}: the target is reached in a later year.</source>
        <translation>tfr_target_year es {target}, que no es posterior al año base {base}: la meta se alcanza en un año posterior.</translation>
    </message>
    <message>
        <source>reference_period_years is {period}, longer than {name} ({age}) - 15 = {limit}: the reference period must fit in a working life from age 15.</source>
        <translation>reference_period_years es {period}, más que {name} ({age}) - 15 = {limit}: el período de referencia debe caber en una vida laboral iniciada a los 15 años.</translation>
    </message>
    <message>
        <source>{name} for {year} is {age}, so reference_period_years ({period}) is longer than the age - 15 = {limit}: raise this age to at least {least} or shorten the reference period.</source>
        <translation>{name} para {year} es {age}, por lo que reference_period_years ({period}) supera la edad - 15 = {limit}: eleve esta edad al menos a {least} o acorte el período de referencia.</translation>
    </message>
    <message>
        <source> when basic_pension_enabled is TRUE</source>
        <translation> cuando basic_pension_enabled es TRUE</translation>
    </message>
    <message>
        <source>net migration is {value} but the workbook has no Migration sheet: add one with the age and sex profile of migrants, or write 0 for no migration.</source>
        <translation>la migración neta es {value}, pero el libro no tiene hoja «Migration»: agregue una con la distribución de los migrantes por edad y sexo, o escriba 0 si no hay migración.</translation>
    </message>
    <message>
        <source>the profile sums to 0 over all ages, so a net migration of {value} cannot be spread over ages: fill in the profile.</source>
        <translation>la distribución suma 0 en todas las edades, por lo que una migración neta de {value} no puede repartirse por edad: complete la distribución.</translation>
    </message>
    <message>
        <source>the Scheme key orphan_age_limit in {cell}</source>
        <translation>la clave orphan_age_limit de la hoja «Scheme», en {cell}</translation>
    </message>
    <message>
        <source>the default; orphan_age_limit is not given</source>
        <translation>el valor por defecto; orphan_age_limit no se indica</translation>
    </message>
    <message>
        <source>{limit} or more</source>
        <translation>igual o mayor que {limit}</translation>
    </message>
    <message>
        <source>lower it, or raise orphan_age_limit</source>
        <translation>redúzcalo, o eleve orphan_age_limit</translation>
    </message>
    <message>
        <source>not 0</source>
        <translation>distinto de 0</translation>
    </message>
    <message>
        <source>leave it blank or 0 from age {limit} up, or raise orphan_age_limit</source>
        <translation>deje la celda vacía o en 0 a partir de los {limit} años, o eleve orphan_age_limit</translation>
    </message>
    <message>
        <source>{name} is {what} at ages {ages} (first in {first}), but orphans are paid only below the orphan age limit, {limit} ({source}): {fix}.</source>
        <translation>{name} es {what} en las edades {ages} (primero en {first}), pero las pensiones de orfandad solo se pagan por debajo de la edad límite de los huérfanos, {limit} ({source}): {fix}.</translation>
    </message>
    <message>
        <source>{name} is {what} at age {ages} (first in {first}), but orphans are paid only below the orphan age limit, {limit} ({source}): {fix}.</source>
        <translation>{name} es {what} en la edad {ages} (primero en {first}), pero las pensiones de orfandad solo se pagan por debajo de la edad límite de los huérfanos, {limit} ({source}): {fix}.</translation>
    </message>
    <message>
        <source>the population is 0 at every age.</source>
        <translation>la población es 0 en todas las edades.</translation>
    </message>
    <message>
        <source>nobody is in the labour force (lfpr times population is 0 at every age): GDP and wages cannot be projected.</source>
        <translation>nadie forma parte de la fuerza de trabajo (lfpr por la población es 0 en todas las edades): no se pueden proyectar el PIB ni los salarios.</translation>
    </message>
    <message>
        <source>asfr is 0 at every age: births cannot be spread over the ages of mothers.</source>
        <translation>asfr es 0 en todas las edades: los nacimientos no pueden repartirse según la edad de las madres.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>open it in Excel and save it as an Excel Workbook (.xlsx)</source>
        <translation>ábralo en Excel y guárdelo como Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>is damaged or uses a compression Excel does not write: open it in Excel and save it again as .xlsx</source>
        <translation>está dañado o usa una compresión que Excel no escribe: ábralo en Excel y guárdelo de nuevo como .xlsx</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>libro</translation>
    </message>
    <message>
        <source>reform</source>
        <translation>reforma</translation>
    </message>
    <message>
        <source>a list of parts</source>
        <translation>una lista de partes</translation>
    </message>
    <message>
        <source>a sheet list and defined names</source>
        <translation>una lista de hojas y nombres definidos</translation>
    </message>
    <message>
        <source>delete the names it does not need (Formulas &gt; Name Manager) and save it again</source>
        <translation>elimine los nombres que no necesita (Fórmulas &gt; Administrador de nombres) y guárdelo de nuevo</translation>
    </message>
    <message>
        <source>cell styles</source>
        <translation>estilos de celda</translation>
    </message>
    <message>
        <source>copy the input sheets into a new workbook made from the template (File &gt; New workbook from template, or reform-studio template), which has few styles</source>
        <translation>copie las hojas de datos en un libro nuevo creado a partir de la plantilla (Archivo &gt; Nuevo libro a partir de la plantilla, o reform-studio template), que tiene pocos estilos</translation>
    </message>
    <message>
        <source>shared strings (the text of its cells)</source>
        <translation>cadenas compartidas (el texto de sus celdas)</translation>
    </message>
    <message>
        <source>keep only the input sheets and save it again</source>
        <translation>conserve solo las hojas de datos y guárdelo de nuevo</translation>
    </message>
    <message>
        <source>a part</source>
        <translation>una parte</translation>
    </message>
    <message>
        <source>is larger than the {size} a {kind} may be; it is refused for safety</source>
        <translation>supera los {size} permitidos para un archivo de {kind}; se rechaza por seguridad</translation>
    </message>
    <message>
        <source>is a folder, not a {kind} file</source>
        <translation>es una carpeta, no un archivo de {kind}</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un archivo especial</translation>
    </message>
    <message>
        <source>is {what}, not a regular file: save the {kind} as a file and give the path of that file</source>
        <translation>es {what}, no un archivo normal: guarde el archivo de {kind} en el disco e indique la ruta de ese archivo</translation>
    </message>
    <message>
        <source>was not found</source>
        <translation>no se encontró</translation>
    </message>
    <message>
        <source>cannot be opened ({reason}); if it is open in Excel, close it there</source>
        <translation>no se puede abrir ({reason}); si está abierto en Excel, ciérrelo allí</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count} MB</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count} KB</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; {what}.</source>
        <translation>«{name}» {what}.</translation>
    </message>
    <message>
        <source>is empty (0 bytes): {advice} again</source>
        <translation>está vacío (0 bytes): {advice} de nuevo</translation>
    </message>
    <message>
        <source>is damaged or incomplete (perhaps a download or copy that did not finish): copy it again, or {advice}</source>
        <translation>está dañado o incompleto (quizá una descarga o una copia que no terminó): cópielo de nuevo, o {advice}</translation>
    </message>
    <message>
        <source>is protected with a password (encrypted), so it cannot be read: open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it as .xlsx</source>
        <translation>está protegido con contraseña (cifrado), por lo que no se puede leer: ábralo en Excel, quite la contraseña (Archivo &gt; Información &gt; Proteger libro) y guárdelo como .xlsx</translation>
    </message>
    <message>
        <source>is an Excel 97-2003 workbook (.xls), which Reform Studio does not read: {advice}</source>
        <translation>es un libro de Excel 97-2003 (.xls), que Reform Studio no lee: {advice}</translation>
    </message>
    <message>
        <source>is a text (CSV) file, not a workbook: open it in Excel, arrange it as the template, and save it as an Excel Workbook (.xlsx)</source>
        <translation>es un archivo de texto (CSV), no un libro: ábralo en Excel, organícelo como la plantilla y guárdelo como Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx) despite its {suffix} name: {advice}</source>
        <translation>no es un libro de Excel (.xlsx) a pesar de su extensión {suffix}: {advice}</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx): {advice}</source>
        <translation>no es un libro de Excel (.xlsx): {advice}</translation>
    </message>
    <message>
        <source>is an Excel Binary Workbook (.xlsb), which Reform Studio does not read: {advice}</source>
        <translation>es un libro binario de Excel (.xlsb), que Reform Studio no lee: {advice}</translation>
    </message>
    <message>
        <source>holds {count} parts, far more than any workbook; it is refused for safety</source>
        <translation>contiene {count} partes, muchas más que cualquier libro; se rechaza por seguridad</translation>
    </message>
    <message>
        <source>is an OpenDocument spreadsheet (.ods): open it in LibreOffice or Excel and save it as an Excel Workbook (.xlsx)</source>
        <translation>es una hoja de cálculo OpenDocument (.ods): ábrala en LibreOffice o Excel y guárdela como Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>is a zip archive but not an Excel workbook: {advice}</source>
        <translation>es un archivo zip pero no un libro de Excel: {advice}</translation>
    </message>
    <message>
        <source>would unpack to {size}, more than the {limit} an input workbook may take; it is refused for safety: keep only the input sheets</source>
        <translation>ocuparía {size} al descomprimirse, más que los {limit} permitidos para un libro de datos; se rechaza por seguridad: conserve solo las hojas de datos</translation>
    </message>
    <message>
        <source>has a part ({part}) compressed {ratio} to 1, which only a &apos;zip bomb&apos; does; it is refused for safety</source>
        <translation>tiene una parte ({part}) comprimida {ratio} a 1, algo que solo hace una «bomba zip»; se rechaza por seguridad</translation>
    </message>
    <message>
        <source>has a large sheet part ({part}, {size}) that does not declare its size, as files saved by Excel do: {advice}</source>
        <translation>tiene una hoja grande ({part}, {size}) que no declara su tamaño, como sí hacen los archivos guardados por Excel: {advice}</translation>
    </message>
    <message>
        <source>{part} and {other}</source>
        <translation>{part} y {other}</translation>
    </message>
    <message>
        <source>holds two parts named {names}, so its content is ambiguous (each program may read a different one); it is refused: {advice} again</source>
        <translation>contiene dos partes llamadas {names}, por lo que su contenido es ambiguo (cada programa puede leer una distinta); se rechaza: {advice} de nuevo</translation>
    </message>
    <message>
        <source>{size}, over the {limit} an input workbook may have</source>
        <translation>{size}, más que los {limit} permitidos para un libro de datos</translation>
    </message>
    <message>
        <source>over {count} XML elements; an input workbook needs far fewer</source>
        <translation>más de {count} elementos XML; un libro de datos necesita muchos menos</translation>
    </message>
    <message>
        <source>holds more than {count} XML elements outside its sheets (styles, names, text and other parts), far more than any input workbook; it is refused for safety: {advice}</source>
        <translation>contiene más de {count} elementos XML fuera de sus hojas (estilos, nombres, texto y otras partes), muchos más que cualquier libro de datos; se rechaza por seguridad: {advice}</translation>
    </message>
    <message>
        <source>has {what} ({part}) too large to read safely ({detail}): {advice}</source>
        <translation>tiene {what} ({part}) de un tamaño demasiado grande para leerse con seguridad ({detail}): {advice}</translation>
    </message>
</context>
<context>
    <name>samples</name>
    <message>
        <source>Career-average benefits</source>
        <translation>Pensiones sobre el salario promedio de la carrera</translation>
    </message>
    <message>
        <source>New pensions on a 35-year career-average wage revalued with prices, and the accrual rate down from 2 % to 1.6 % in steps of 0.1 point a year from 2027.</source>
        <translation>Nuevas pensiones calculadas sobre el salario promedio de 35 años de carrera revalorizado con los precios, y tasa de acumulación reducida del 2&#xa0;% al 1,6&#xa0;% en pasos de 0,1 punto por año desde 2027.</translation>
    </message>
    <message>
        <source>More contributions and a larger state transfer</source>
        <translation>Más cotizaciones y un mayor subsidio estatal</translation>
    </message>
    <message>
        <source>Contribution rate from 33 % to 36 % in steps of half a point a year from 2027, and the state transfer from 25 % to 30 % of expenditure from 2027.</source>
        <translation>Tasa de cotización del 33&#xa0;% al 36&#xa0;% en pasos de medio punto por año desde 2027, y subsidio estatal del 25&#xa0;% al 30&#xa0;% del gasto desde 2027.</translation>
    </message>
    <message>
        <source>Raise the pension age to 70</source>
        <translation>Edad de jubilación elevada a 70 años</translation>
    </message>
    <message>
        <source>Pensionable age for men and women from 67 to 70, one year every three years from 2027 (68 in 2027, 70 in 2033).</source>
        <translation>Edad de jubilación de hombres y mujeres de 67 a 70 años, un año cada tres años desde 2027 (68 en 2027, 70 en 2033).</translation>
    </message>
    <message>
        <source>Spouse&apos;s pension 60 % to 50 %</source>
        <translation>Pensión del cónyuge del 60&#xa0;% al 50&#xa0;%</translation>
    </message>
    <message>
        <source>Survivors&apos; pensions awarded to spouses from 2027 are 50 % of the deceased&apos;s pension instead of 60 %; those already paid are unchanged.</source>
        <translation>Las pensiones de sobrevivientes otorgadas a los cónyuges desde 2027 son del 50&#xa0;% de la pensión del fallecido en lugar del 60&#xa0;%; las que ya se pagan no cambian.</translation>
    </message>
    <message>
        <source>Pension-tested basic pension at 70</source>
        <translation>Pensión básica a los 70 años (sin otra pensión)</translation>
    </message>
    <message>
        <source>A state-financed basic pension of 8 % of GDP per head from age 70 for those without a scheme pension, from 2027 (take-up 80 %, administration 5 % of benefits). Outside the scheme&apos;s reserve.</source>
        <translation>Una pensión básica financiada por el Estado, del 8&#xa0;% del PIB por habitante, desde los 70 años para quienes no tienen pensión del régimen, desde 2027 (tasa de acogida 80&#xa0;%, costo de gestión 5&#xa0;% de las prestaciones). Fuera de la reserva del régimen.</translation>
    </message>
    <message>
        <source>Extend coverage</source>
        <translation>Extensión de la cobertura</translation>
    </message>
    <message>
        <source>A quarter of the employed who do not contribute today are brought into the scheme, phased in linearly from 2027 to 2040.</source>
        <translation>Una cuarta parte de los ocupados que hoy no cotizan se incorpora al régimen, de forma gradual y lineal de 2027 a 2040.</translation>
    </message>
    <message>
        <source>Index pensions to prices</source>
        <translation>Pensiones indexadas a los precios</translation>
    </message>
    <message>
        <source>Pensions in payment follow prices only from January 2026 instead of a half-wages, half-prices mix.</source>
        <translation>Las pensiones en curso de pago siguen solo a los precios desde enero de 2026, en lugar de una combinación mitad salarios, mitad precios.</translation>
    </message>
    <message>
        <source>Qualifying period of 15 years with an age grant</source>
        <translation>Período de calificación de 15 años con asignación de vejez</translation>
    </message>
    <message>
        <source>From 2027 an old-age pension needs 15 years of service (none today); members short of it get an age grant of 12 % of their reference wage per year of service, about the contributions they paid.</source>
        <translation>Desde 2027 una pensión de vejez requiere 15 años de servicio (ninguno hoy); los asegurados que no cumplen este período de calificación reciben una asignación de vejez del 12&#xa0;% de su salario de referencia por año de servicio, aproximadamente las cotizaciones que pagaron.</translation>
    </message>
    <message>
        <source>Contributions up to 15 %</source>
        <translation>Cotizaciones elevadas al 15&#xa0;%</translation>
    </message>
    <message>
        <source>Contribution rate from 12 % to 15 % of the insurable wage in steps of half a point a year from 2027 (15 % in 2032).</source>
        <translation>Tasa de cotización del 12&#xa0;% al 15&#xa0;% del salario asegurable en pasos de medio punto por año desde 2027 (15&#xa0;% en 2032).</translation>
    </message>
    <message>
        <source>Raise the pension age to 65</source>
        <translation>Edad de jubilación elevada a 65 años</translation>
    </message>
    <message>
        <source>Pensionable age for men and women from 60 to 65, one year every two years from 2028 (61 in 2028, 65 in 2036).</source>
        <translation>Edad de jubilación de hombres y mujeres de 60 a 65 años, un año cada dos años desde 2028 (61 en 2028, 65 en 2036).</translation>
    </message>
</context>
<context>
    <name>scenario_chart</name>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
</context>
<context>
    <name>scenarios</name>
    <message>
        <source>the file is not UTF-8 text; is it really a JSON file?</source>
        <translation>el archivo no es texto UTF-8; ¿es realmente un archivo JSON?</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}, column {column}: {problem}</source>
        <translation>JSON no válido en la línea {line}, columna {column}: {problem}</translation>
    </message>
    <message>
        <source>the JSON is nested more than {levels} levels of brackets deep; a reform file nests 4 levels</source>
        <translation>el JSON anida más de {levels} niveles de corchetes y llaves; un archivo de reforma anida 4</translation>
    </message>
    <message>
        <source>{name} is not a number a reform can use</source>
        <translation>{name} no es un número que una reforma pueda usar</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; is given twice in one object (JSON readers would silently keep the last one): remove one of them</source>
        <translation>la clave «{key}» aparece dos veces en un mismo objeto (los lectores de JSON conservarían la última sin avisar): elimine una de ellas</translation>
    </message>
    <message>
        <source>this is not a Reform Studio scenario file</source>
        <translation>no es un archivo de escenarios de Reform Studio</translation>
    </message>
    <message>
        <source>scenario file version {version} is newer than this application reads ({readable}); update Reform Studio</source>
        <translation>la versión {version} del archivo de escenarios es más reciente que la que lee esta aplicación ({readable}); actualice Reform Studio</translation>
    </message>
    <message>
        <source>&apos;reforms&apos; must be a list</source>
        <translation>«reforms» debe ser una lista</translation>
    </message>
    <message>
        <source>Reform {number}</source>
        <translation>Reforma {number}</translation>
    </message>
    <message>
        <source>reform {number}: {problem}</source>
        <translation>reforma {number}: {problem}</translation>
    </message>
    <message>
        <source>the reference period of {period} years is longer than the pensionable age ({age}) minus 15</source>
        <translation>el período de referencia de {period} años es mayor que la edad de jubilación ({age}) menos 15</translation>
    </message>
</context>
<context>
    <name>scenarios_panel</name>
    <message>
        <source>{name}: {count} lever changed.</source>
        <translation>{name}: {count} palanca cambiada.</translation>
    </message>
    <message>
        <source>{name}: {count} levers changed.</source>
        <translation>{name}: {count} palancas cambiadas.</translation>
    </message>
    <message>
        <source>Tick to draw it (up to {most}); double-click to rename.</source>
        <translation>Márquela para dibujarla (hasta {most}); haga doble clic para cambiarle el nombre.</translation>
    </message>
    <message>
        <source>At most {most} reforms can be drawn at once; untick one first.</source>
        <translation>Se pueden dibujar como máximo {most} reformas a la vez; desmarque primero una.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baseline&lt;/b&gt; (the workbook; always drawn)</source>
        <translation>&lt;b&gt;Base&lt;/b&gt; (el libro; siempre dibujado)</translation>
    </message>
    <message>
        <source>The baseline is the scheme as the workbook describes it; reforms are changes to it.</source>
        <translation>El escenario base es el régimen tal como lo describe el libro; las reformas lo modifican.</translation>
    </message>
    <message>
        <source>Reforms: select one to edit its levers, tick up to four to draw them.</source>
        <translation>Reformas: seleccione una para editar sus palancas, marque hasta cuatro para dibujarlas.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add a new reform (starts equal to the baseline). Ctrl+N</source>
        <translation>Agregar una nueva reforma (inicialmente igual al escenario base). Ctrl+N</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Copy the selected reform. Ctrl+D</source>
        <translation>Copiar la reforma seleccionada. Ctrl+D</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Rename the selected reform. F2</source>
        <translation>Cambiar el nombre de la reforma seleccionada. F2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected reform (undoable).</source>
        <translation>Eliminar la reforma seleccionada (se puede deshacer).</translation>
    </message>
</context>
<context>
    <name>solve_dialog</name>
    <message>
        <source>Solve for a target</source>
        <translation>Resolver para una meta</translation>
    </message>
    <message>
        <source>The lever to move; every other lever stays as the reform sets it.</source>
        <translation>La palanca que se mueve; las demás quedan como las fija la reforma.</translation>
    </message>
    <message>
        <source>The year the target looks at; the lowest value means the end of the horizon.</source>
        <translation>El año al que se refiere la meta; el valor más bajo significa el final del horizonte.</translation>
    </message>
    <message>
        <source>Through year</source>
        <translation>Hasta el año</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Palanca</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Find the least ambitious setting of the lever that meets the target.</source>
        <translation>Encontrar el valor menos ambicioso de la palanca que cumple la meta.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Rate of year</source>
        <translation>Tasa del año</translation>
    </message>
    <message>
        <source>In year</source>
        <translation>En el año</translation>
    </message>
    <message>
        <source>whole horizon</source>
        <translation>todo el horizonte</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>último año</translation>
    </message>
    <message>
        <source>Goal: {goal}.</source>
        <translation>Meta: {goal}.</translation>
    </message>
    <message>
        <source>Editing &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Editando &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No reform selected: solving for the &lt;b&gt;baseline&lt;/b&gt;; Apply adds a new reform.</source>
        <translation>Ninguna reforma seleccionada: se resuelve para el &lt;b&gt;escenario base&lt;/b&gt;; Aplicar agrega una nueva reforma.</translation>
    </message>
    <message>
        <source>Add as new reform</source>
        <translation>Agregar como nueva reforma</translation>
    </message>
    <message>
        <source>now {value}</source>
        <translation>ahora {value}</translation>
    </message>
    <message>
        <source>meets the target</source>
        <translation>cumple la meta</translation>
    </message>
    <message>
        <source>not reachable in the range searched</source>
        <translation>inalcanzable en el rango explorado</translation>
    </message>
    <message>
        <source>{lever}: {value}</source>
        <translation>{lever}: {value}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>With {value}</source>
        <translation>Con {value}</translation>
    </message>
    <message>
        <source>Reserve depleted in</source>
        <translation>Reserva agotada en</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>PMG</translation>
    </message>
    <message>
        <source>Replacement rate in {year}</source>
        <translation>Tasa de reemplazo en {year}</translation>
    </message>
    <message>
        <source>Cannot solve: {message}</source>
        <translation>No se puede resolver: {message}</translation>
    </message>
    <message>
        <source>Applied to the reform; Ctrl+Z undoes it.</source>
        <translation>Aplicado a la reforma; Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>The reform has changed since this answer: solve again to apply it.</source>
        <translation>La reforma cambió desde esta respuesta: resuelva de nuevo para aplicarla.</translation>
    </message>
    <message>
        <source>Nothing in the range searched meets the target, so there is nothing to apply.</source>
        <translation>Nada en el rango explorado cumple la meta, así que no hay nada que aplicar.</translation>
    </message>
    <message>
        <source>The reform already has this value.</source>
        <translation>La reforma ya tiene este valor.</translation>
    </message>
    <message>
        <source>Solved for {target}.</source>
        <translation>Resuelto para {target}.</translation>
    </message>
    <message>
        <source>Solve {lever} for {target}</source>
        <translation>Resolver {lever} para {target}</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Frontera</translation>
    </message>
    <message>
        <source>Solve for a &amp;target…</source>
        <translation>Resolver para una &amp;meta…</translation>
    </message>
    <message>
        <source>Find the setting of one lever that meets a target, such as a reserve that never runs out.</source>
        <translation>Encontrar el valor de una palanca que cumple una meta, por ejemplo una reserva que nunca se agota.</translation>
    </message>
    <message>
        <source>Reform &amp;frontier…</source>
        <translation>&amp;Frontera de reformas…</translation>
    </message>
    <message>
        <source>Show the settings of two levers that just meet a target, and where the reform stands.</source>
        <translation>Mostrar los valores de dos palancas que cumplen una meta al límite, y dónde se sitúa la reforma.</translation>
    </message>
    <message>
        <source>&amp;Frontier</source>
        <translation>&amp;Frontera</translation>
    </message>
    <message>
        <source>Show or hide the reform frontier panel.</source>
        <translation>Mostrar u ocultar el panel de la frontera de reformas.</translation>
    </message>
</context>
<context>
    <name>source</name>
    <message>
        <source>the sheet has more than {rows} rows; an input workbook needs a few hundred: remove the extra rows.</source>
        <translation>la hoja tiene más de {rows} filas; un libro de datos necesita unos cientos: elimine las filas sobrantes.</translation>
    </message>
    <message>
        <source>the cell holds {count} characters of text, more than Excel allows in a cell: this is not a workbook made in Excel.</source>
        <translation>la celda contiene {count} caracteres de texto, más de los que Excel admite en una celda: este libro no se hizo en Excel.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; contains XML entity or DTD declarations, which an Excel workbook never has; it is refused for safety: {advice}.</source>
        <translation>«{file}» contiene declaraciones de entidades XML o de DTD, que un libro de Excel nunca tiene; se rechaza por seguridad: {advice}.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; could not be read as an Excel workbook ({reason}): {advice}.</source>
        <translation>«{file}» no se pudo leer como libro de Excel ({reason}): {advice}.</translation>
    </message>
    <message>
        <source>two sheets are named &apos;{first}&apos; and &apos;{second}&apos;: names are matched ignoring case and spaces, so rename or delete one.</source>
        <translation>dos hojas se llaman «{first}» y «{second}»: los nombres se comparan sin tener en cuenta mayúsculas ni espacios; cambie el nombre de una o elimínela.</translation>
    </message>
</context>
<context>
    <name>specs</name>
    <message>
        <source>Old-age pensions</source>
        <translation>Pensiones de vejez</translation>
    </message>
    <message>
        <source>Disability pensions</source>
        <translation>Pensiones de invalidez</translation>
    </message>
    <message>
        <source>Survivors&apos; pensions</source>
        <translation>Pensiones de sobrevivientes</translation>
    </message>
    <message>
        <source>Lump sums</source>
        <translation>Pagos únicos</translation>
    </message>
    <message>
        <source>Old-age pensioners</source>
        <translation>Pensionados de vejez</translation>
    </message>
    <message>
        <source>Disability pensioners</source>
        <translation>Pensionados de invalidez</translation>
    </message>
    <message>
        <source>Spouses</source>
        <translation>Cónyuges sobrevivientes</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Huérfanos</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Reserve at 31 December, as % of the year&apos;s GDP</source>
        <translation>Reserva al 31 de diciembre, en % del PIB del año</translation>
    </message>
    <message>
        <source>Reserve, % of GDP</source>
        <translation>Reserva, % del PIB</translation>
    </message>
    <message>
        <source>Reserve at 31 December, nominal</source>
        <translation>Reserva al 31 de diciembre, nominal</translation>
    </message>
    <message>
        <source>Reserve, {currency} (nominal)</source>
        <translation>Reserva, {currency} (nominal)</translation>
    </message>
    <message>
        <source>Reserve ratio: reserve over the year&apos;s expenditure (until depletion)</source>
        <translation>Coeficiente de reserva: reserva sobre el gasto del año (hasta el agotamiento)</translation>
    </message>
    <message>
        <source>Years of expenditure</source>
        <translation>Años de gasto</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Coeficiente de reserva</translation>
    </message>
    <message>
        <source>The reserve at the end of each year as % of that year&apos;s GDP (nominal currency on request: a 75-year nominal path hides the years that matter), and how many years of expenditure it would pay. Below zero the reserve is a deficit the state would have to cover; the reserve ratio stops at depletion.</source>
        <translation>La reserva al final de cada año en % del PIB de ese año (en moneda nominal a pedido: una trayectoria nominal de 75 años oculta los años que importan) y cuántos años de gasto permitiría pagar. Por debajo de cero, la reserva es un déficit que el Estado tendría que cubrir; el coeficiente de reserva se detiene al agotarse.</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Tasa de costo</translation>
    </message>
    <message>
        <source>% of insurable wages</source>
        <translation>% de los salarios asegurables</translation>
    </message>
    <message>
        <source>PAYG cost rate</source>
        <translation>Tasa de costo de reparto</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Tasa de cotización</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>PMG</translation>
    </message>
    <message>
        <source>Contribution rate + state subsidy</source>
        <translation>Tasa de cotización + subsidio estatal</translation>
    </message>
    <message>
        <source>The pay-as-you-go cost rate (expenditure and administration over the wage bill) against the contribution rate, the contribution rate plus the state subsidy (as % of the same wage bill: what finances the scheme), and the general average premium (GAP) that balances the scheme.</source>
        <translation>La tasa de costo de reparto (gasto y administración sobre la masa salarial) frente a la tasa de cotización, la tasa de cotización más el subsidio estatal (en % de la misma masa salarial: lo que financia el régimen) y la prima media general (PMG) que equilibra el régimen.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Afiliados</translation>
    </message>
    <message>
        <source>Contributors and pensioners</source>
        <translation>Cotizantes y pensionados</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Cotizantes</translation>
    </message>
    <message>
        <source>Pensioners</source>
        <translation>Pensionados</translation>
    </message>
    <message>
        <source>System dependency ratio</source>
        <translation>Relación de dependencia del sistema</translation>
    </message>
    <message>
        <source>Pensioners per contributor</source>
        <translation>Pensionados por cotizante</translation>
    </message>
    <message>
        <source>Contributors and pensioners, and the system dependency ratio (pensioners over contributors).</source>
        <translation>Cotizantes y pensionados, y la relación de dependencia del sistema (pensionados sobre cotizantes).</translation>
    </message>
    <message>
        <source>Cost to GDP</source>
        <translation>Costo / PIB</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% del PIB</translation>
    </message>
    <message>
        <source>Scheme expenditure</source>
        <translation>Gasto del régimen</translation>
    </message>
    <message>
        <source>Basic pension cost</source>
        <translation>Costo de la pensión básica</translation>
    </message>
    <message>
        <source>The scheme&apos;s benefit expenditure and the cost of the basic pension, as shares of GDP.</source>
        <translation>El gasto en prestaciones del régimen y el costo de la pensión básica, como proporciones del PIB.</translation>
    </message>
    <message>
        <source>Replacement rate</source>
        <translation>Tasa de reemplazo</translation>
    </message>
    <message>
        <source>% of average wage</source>
        <translation>% del salario promedio</translation>
    </message>
    <message>
        <source>The average pension in payment as a share of the gross average wage (with a contribution ceiling, not the average insurable wage).</source>
        <translation>La pensión promedio en curso de pago como proporción del salario promedio bruto (con tope de cotización, no el salario asegurable promedio).</translation>
    </message>
    <message>
        <source>Difference between two scenarios</source>
        <translation>Diferencia entre dos escenarios</translation>
    </message>
    <message>
        <source>pp of GDP</source>
        <translation>pp del PIB</translation>
    </message>
    <message>
        <source>{currency} (nominal)</source>
        <translation>{currency} (nominal)</translation>
    </message>
    <message>
        <source>Cost and contribution rates</source>
        <translation>Tasas de costo y de cotización</translation>
    </message>
    <message>
        <source>pp of wages</source>
        <translation>pp de los salarios</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Cotización</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Básica</translation>
    </message>
    <message>
        <source>pp of average wage</source>
        <translation>pp del salario promedio</translation>
    </message>
    <message>
        <source>Dependency ratio</source>
        <translation>Relación de dependencia</translation>
    </message>
    <message>
        <source>One scenario minus another, year by year (A − B, chosen above the chart): the reserve as % of GDP, the PAYG cost rate beside the contribution rate, expenditure as % of GDP, the replacement rate and the system dependency ratio (pensioners per contributor) in percentage points (pp), contributors and pensioners in persons. Above zero, A is higher.</source>
        <translation>Un escenario menos otro, año por año (A − B, elegidos encima del gráfico): la reserva en % del PIB, la tasa de costo de reparto junto a la tasa de cotización, el gasto en % del PIB, la tasa de reemplazo y la relación de dependencia del sistema (pensionados por cotizante) en puntos porcentuales (pp), cotizantes y pensionados en personas. Por encima de cero, A es mayor.</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Ramas</translation>
    </message>
    <message>
        <source>Benefit expenditure by branch</source>
        <translation>Gasto en prestaciones por rama</translation>
    </message>
    <message>
        <source>All benefits</source>
        <translation>Todas las prestaciones</translation>
    </message>
    <message>
        <source>The scheme&apos;s benefit expenditure as % of GDP, stacked by branch: old-age, disability and survivors&apos; (spouses&apos; and orphans&apos;) pensions, and lump sums (old-age and funeral grants); the baseline on the left, the reform being edited (or the first drawn) on the right.</source>
        <translation>El gasto en prestaciones del régimen en % del PIB, apilado por rama: pensiones de vejez, de invalidez y de sobrevivientes (cónyuges y huérfanos) y pagos únicos (asignaciones de vejez y gastos funerarios); el escenario base a la izquierda, la reforma que se edita (o la primera dibujada) a la derecha.</translation>
    </message>
    <message>
        <source>Pensioners by branch</source>
        <translation>Pensionados por rama</translation>
    </message>
    <message>
        <source>All pensioners</source>
        <translation>Todos los pensionados</translation>
    </message>
    <message>
        <source>Pensioners in payment, stacked by branch: old-age and disability pensioners, spouses and orphans; the baseline on the left, the reform being edited (or the first drawn) on the right.</source>
        <translation>Titulares de pensiones en curso de pago, apilados por rama: pensionados de vejez y de invalidez, cónyuges sobrevivientes y huérfanos; el escenario base a la izquierda, la reforma que se edita (o la primera dibujada) a la derecha.</translation>
    </message>
</context>
<context>
    <name>standards</name>
    <message>
        <source>Old-age benefit, 30 years</source>
        <translation>Prestación de vejez, 30 años</translation>
    </message>
    <message>
        <source>Old-age benefit at 125 % of average wage</source>
        <translation>Prestación de vejez con el 125&#xa0;% del salario promedio</translation>
    </message>
    <message>
        <source>Old-age qualifying period</source>
        <translation>Período de calificación de vejez</translation>
    </message>
    <message>
        <source>Reduced old-age benefit, 15 years</source>
        <translation>Prestación de vejez reducida, 15 años</translation>
    </message>
    <message>
        <source>Pensionable age</source>
        <translation>Edad de jubilación</translation>
    </message>
    <message>
        <source>Invalidity benefit, 15 years</source>
        <translation>Prestación de invalidez, 15 años</translation>
    </message>
    <message>
        <source>Invalidity qualifying period</source>
        <translation>Período de calificación de invalidez</translation>
    </message>
    <message>
        <source>Survivors&apos; benefit, 15 years</source>
        <translation>Prestación de sobrevivientes, 15 años</translation>
    </message>
    <message>
        <source>Survivors&apos; qualifying period</source>
        <translation>Período de calificación de sobrevivientes</translation>
    </message>
    <message>
        <source>Adjustment of pensions in payment</source>
        <translation>Reajuste de las pensiones en curso de pago</translation>
    </message>
    <message>
        <source>Part V, Article 28 and the Schedule to Part XI</source>
        <translation>Parte V, artículo 28 y anexo a la parte XI</translation>
    </message>
    <message>
        <source>Part XI, Article 65(3) and (6)(d) and the Schedule to Part XI</source>
        <translation>Parte XI, artículo 65, párrafos 3 y 6, d), y anexo a la parte XI</translation>
    </message>
    <message>
        <source>Part V, Article 29(2)</source>
        <translation>Parte V, artículo 29, párrafo 2</translation>
    </message>
    <message>
        <source>Part V, Article 29(2) and (4)</source>
        <translation>Parte V, artículo 29, párrafos 2 y 4</translation>
    </message>
    <message>
        <source>Part V, Article 26(2)</source>
        <translation>Parte V, artículo 26, párrafo 2</translation>
    </message>
    <message>
        <source>Part IX, Article 56 and the Schedule to Part XI</source>
        <translation>Parte IX, artículo 56 y anexo a la parte XI</translation>
    </message>
    <message>
        <source>Part IX, Article 57(2)</source>
        <translation>Parte IX, artículo 57, párrafo 2</translation>
    </message>
    <message>
        <source>Part X, Article 62 and the Schedule to Part XI</source>
        <translation>Parte X, artículo 62 y anexo a la parte XI</translation>
    </message>
    <message>
        <source>Part X, Article 63(2)</source>
        <translation>Parte X, artículo 63, párrafo 2</translation>
    </message>
    <message>
        <source>Part XI, Article 65(10) and Article 66(8)</source>
        <translation>Parte XI, artículo 65, párrafo 10, y artículo 66, párrafo 8</translation>
    </message>
    <message>
        <source>Part III, Article 17, Article 26 and the Schedule to Part V</source>
        <translation>Parte III, artículo 17, artículo 26 y anexo a la parte V</translation>
    </message>
    <message>
        <source>Part V, Article 26(3) and (6)(d) and the Schedule to Part V</source>
        <translation>Parte V, artículo 26, párrafos 3 y 6, d), y anexo a la parte V</translation>
    </message>
    <message>
        <source>Part III, Article 18(2)</source>
        <translation>Parte III, artículo 18, párrafo 2</translation>
    </message>
    <message>
        <source>Part III, Article 18(2) and (4)</source>
        <translation>Parte III, artículo 18, párrafos 2 y 4</translation>
    </message>
    <message>
        <source>Part III, Article 15(2)</source>
        <translation>Parte III, artículo 15, párrafo 2</translation>
    </message>
    <message>
        <source>Part II, Article 10, Article 26 and the Schedule to Part V</source>
        <translation>Parte II, artículo 10, artículo 26 y anexo a la parte V</translation>
    </message>
    <message>
        <source>Part II, Article 11(2)</source>
        <translation>Parte II, artículo 11, párrafo 2</translation>
    </message>
    <message>
        <source>Part IV, Article 23, Article 26 and the Schedule to Part V</source>
        <translation>Parte IV, artículo 23, artículo 26 y anexo a la parte V</translation>
    </message>
    <message>
        <source>Part IV, Article 24(2)</source>
        <translation>Parte IV, artículo 24, párrafo 2</translation>
    </message>
    <message>
        <source>Part V, Article 29</source>
        <translation>Parte V, artículo 29</translation>
    </message>
    <message>
        <source>a higher age is allowed where the government justifies it (C102: the working ability of elderly persons; C128: demographic, economic and social criteria shown statistically)</source>
        <translation>se admite una edad más alta si el gobierno la justifica (C102: la capacidad de trabajo de las personas de edad; C128: criterios demográficos, económicos y sociales demostrados estadísticamente)</translation>
    </message>
    <message>
        <source>widow&apos;s and two orphans&apos; pensions together; also met where a benefit 10 points lower is secured after 5 years (C102 Article 63(3), C128 Article 24(3))</source>
        <translation>pensiones de la viuda y de dos huérfanos juntas; también se cumple si se garantiza una prestación 10 puntos menor tras 5 años (C102, artículo 63, párrafo 3; C128, artículo 24, párrafo 3)</translation>
    </message>
    <message>
        <source>the scheme&apos;s own pension; a supplement for a wife is not modelled; also met where a benefit 10 points lower is secured after 10 years (C102 Article 29(3), C128 Article 18(3))</source>
        <translation>la pensión propia del régimen; no se modela un suplemento por cónyuge; también se cumple si se garantiza una prestación 10 puntos menor tras 10 años (C102, artículo 29, párrafo 3; C128, artículo 18, párrafo 3)</translation>
    </message>
    <message>
        <source>also met where a benefit 10 points lower is secured after 5 years (C102 Article 57(3), C128 Article 11(3)); a supplement for a wife and children is not modelled</source>
        <translation>también se cumple si se garantiza una prestación 10 puntos menor tras 5 años (C102, artículo 57, párrafo 3; C128, artículo 11, párrafo 3); no se modela un suplemento por cónyuge e hijos</translation>
    </message>
    <message>
        <source>previous earnings at the skilled manual employee&apos;s wage, 125 % of the average wage: a ceiling or a maximum must still let him reach the line</source>
        <translation>ganancias anteriores al salario del trabajador calificado, 125&#xa0;% del salario promedio: un tope o un máximo debe permitirle aún alcanzar el umbral</translation>
    </message>
    <message>
        <source>automatic indexation; an ad hoc review cannot be judged</source>
        <translation>indexación automática; una revisión puntual no puede evaluarse</translation>
    </message>
    <message>
        <source>invalidity (the workbook has no Disability sheet)</source>
        <translation>invalidez (el libro no tiene hoja Disability)</translation>
    </message>
    <message>
        <source>survivors (the workbook has no Survivors sheet)</source>
        <translation>sobrevivientes (el libro no tiene hoja Survivors)</translation>
    </message>
</context>
<context>
    <name>standards_panel</name>
    <message>
        <source>Open a workbook: the baseline and the drawn reforms are checked against C102 and C128 here.</source>
        <translation>Abra un libro: aquí se contrastan el escenario base y las reformas dibujadas con los convenios C102 y C128.</translation>
    </message>
    <message>
        <source>Value: {worst}.</source>
        <translation>Valor: {worst}.</translation>
    </message>
    <message>
        <source>Note: {note}.</source>
        <translation>Nota: {note}.</translation>
    </message>
    <message>
        <source>How many of the conventions&apos; checks the scenario meets in every year, and the lines a reform crosses that the baseline meets.</source>
        <translation>Cuántos controles de los convenios cumple el escenario todos los años, y los umbrales que una reforma cruza y que el escenario base cumple.</translation>
    </message>
    <message>
        <source>One tab per scenario: the baseline and the reforms drawn in the charts.</source>
        <translation>Una pestaña por escenario: el escenario base y las reformas dibujadas en los gráficos.</translation>
    </message>
    <message>
        <source>Hover a row for the convention&apos;s article and what the check cannot judge.</source>
        <translation>Pase el ratón sobre una fila para ver el artículo del convenio y lo que el control no puede evaluar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; meets {met} of {count} checks in every year.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; cumple {met} de {count} controles todos los años.</translation>
    </message>
    <message>
        <source>It crosses no line that the baseline meets.</source>
        <translation>No cruza ningún umbral que el escenario base cumpla.</translation>
    </message>
    <message>
        <source>Not judged: {branches}.</source>
        <translation>No evaluado: {branches}.</translation>
    </message>
    <message>
        <source>ILO standards</source>
        <translation>Normas de la OIT</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>ILO &amp;standards (C102, C128)</source>
        <translation>&amp;Normas de la OIT (C102, C128)</translation>
    </message>
    <message>
        <source>Show or hide the check of every drawn scenario against ILO conventions C102 and C128: the standard beneficiary&apos;s benefit, qualifying periods, pensionable age and indexation, year by year.</source>
        <translation>Mostrar u ocultar el control de cada escenario dibujado frente a los convenios C102 y C128 de la OIT: prestación del beneficiario tipo, períodos de calificación, edad de jubilación e indexación, año por año.</translation>
    </message>
</context>
<context>
    <name>standards_text</name>
    <message>
        <source>Check</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Exigido</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>First year not met</source>
        <translation>Primer año no cumplido</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} años</translation>
    </message>
    <message>
        <source>{convention} art. {article}</source>
        <translation>{convention} art. {article}</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>NO cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>met ({count} years)</source>
        <translation>cumplido ({count} años)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>lowest in {year}</source>
        <translation>mínimo en {year}</translation>
    </message>
    <message>
        <source>highest in {year}</source>
        <translation>máximo en {year}</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>no header row with a column &apos;{key}&apos; was found in the first {rows} rows: the table starts with a row of column names.</source>
        <translation>no se encontró ninguna fila de encabezado con una columna «{key}» en las {rows} primeras filas: la tabla empieza con una fila de nombres de columna.</translation>
    </message>
    <message>
        <source>the column &apos;{name}&apos; appears again (first in {first}): keep one.</source>
        <translation>la columna «{name}» aparece de nuevo (primero en {first}): conserve solo una.</translation>
    </message>
    <message>
        <source>there is no column headed &apos;{name}&apos;{why}: add it to the header row (for example in {free}).</source>
        <translation>no hay ninguna columna titulada «{name}»{why}: agréguela a la fila de encabezado (por ejemplo en {free}).</translation>
    </message>
    <message>
        <source>, and the columns {names} go together (give all or none)</source>
        <translation>, y las columnas {names} van juntas (indíquelas todas o ninguna)</translation>
    </message>
    <message>
        <source>this row has values but no age.</source>
        <translation>esta fila tiene valores pero no tiene edad.</translation>
    </message>
    <message>
        <source>this row has values but no year.</source>
        <translation>esta fila tiene valores pero no tiene año.</translation>
    </message>
    <message>
        <source>the age</source>
        <translation>la edad</translation>
    </message>
    <message>
        <source>the year</source>
        <translation>el año</translation>
    </message>
    <message>
        <source>the age {key} appears again (first in {first}): each age appears once.</source>
        <translation>la edad {key} aparece de nuevo (primero en {first}): cada edad figura una sola vez.</translation>
    </message>
    <message>
        <source>the year {key} appears again (first in {first}): each year appears once.</source>
        <translation>el año {key} aparece de nuevo (primero en {first}): cada año figura una sola vez.</translation>
    </message>
    <message>
        <source>{what} is empty: every cell of this table needs a value.</source>
        <translation>{what} está vacío: cada celda de esta tabla necesita un valor.</translation>
    </message>
    <message>
        <source>{column} at age {age}</source>
        <translation>{column} a la edad {age}</translation>
    </message>
    <message>
        <source>ages {ages} are missing: every age from {low} to {high} appears once{note}.</source>
        <translation>faltan las edades {ages}: cada edad de {low} a {high} figura una vez{note}.</translation>
    </message>
    <message>
        <source>age {ages} is missing: every age from {low} to {high} appears once{note}.</source>
        <translation>falta la edad {ages}: cada edad de {low} a {high} figura una vez{note}.</translation>
    </message>
    <message>
        <source>the year {year} is not after the base year {base}: this table holds later years only.</source>
        <translation>el año {year} no es posterior al año base {base}: esta tabla solo contiene años posteriores.</translation>
    </message>
    <message>
        <source>{column} for {year}</source>
        <translation>{column} para {year}</translation>
    </message>
    <message>
        <source>age {age} of {year} appears again (first in {first}): each year and age appears once.</source>
        <translation>la edad {age} de {year} aparece de nuevo (primero en {first}): cada combinación de año y edad figura una sola vez.</translation>
    </message>
    <message>
        <source>{column} for {year} at age {age}</source>
        <translation>{column} para {year} a la edad {age}</translation>
    </message>
    <message>
        <source>the year {year} lacks ages {ages}: every year listed needs ages 0 to 100.</source>
        <translation>al año {year} le faltan las edades {ages}: cada año indicado necesita las edades de 0 a 100.</translation>
    </message>
    <message>
        <source>the year {year} lacks age {ages}: every year listed needs ages 0 to 100.</source>
        <translation>al año {year} le falta la edad {ages}: cada año indicado necesita las edades de 0 a 100.</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected cells (all cells where none is selected) as tab-separated text.</source>
        <translation>Ctrl+C copia las celdas seleccionadas (todas si no hay ninguna seleccionada) como texto separado por tabulaciones.</translation>
    </message>
</context>
<context>
    <name>target_fields</name>
    <message>
        <source>A target such as reserve&gt;=0 (never negative), reserve&gt;=0@2075 (through 2075), reserve_ratio&gt;=2@2050, payg_balance@2040, gap&lt;=contribution_rate or replacement_rate&gt;=40%@2060; add &apos;&amp; c102&apos; or &apos;&amp; c128&apos; to stay within the ILO convention in every year (c102 alone: the convention only; c102:old_age, :invalidity or :survivors: the Part of that branch only).</source>
        <translation>Una meta como reserve&gt;=0 (nunca negativa), reserve&gt;=0@2075 (hasta 2075), reserve_ratio&gt;=2@2050, payg_balance@2040, gap&lt;=contribution_rate o replacement_rate&gt;=40%@2060; agregue &apos;&amp; c102&apos; o &apos;&amp; c128&apos; para cumplir el convenio de la OIT todos los años (c102 solo: únicamente el convenio; c102:old_age, :invalidity o :survivors: solo la parte de esa rama).</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <source>Write a fraction between 0 and 1: 0.18 for 18 %.</source>
        <translation>Escriba una fracción decimal entre 0 y 1: 0,18 para 18&#xa0;%.</translation>
    </message>
    <message>
        <source>A pensionable age is a whole number from 40 to 80.</source>
        <translation>La edad de jubilación es un número entero de 40 a 80.</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>Este valor no puede ser negativo.</translation>
    </message>
    <message>
        <source>Write a number from {low} up to {high}.</source>
        <translation>Escriba un número de {low} a {high}.</translation>
    </message>
    <message>
        <source>Write a whole number from {low} up to {high}.</source>
        <translation>Escriba un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>Write a number above {low} up to {high}.</source>
        <translation>Escriba un número mayor que {low} y no mayor que {high}.</translation>
    </message>
    <message>
        <source>Write a whole number above {low} up to {high}.</source>
        <translation>Escriba un número entero mayor que {low} y no mayor que {high}.</translation>
    </message>
    <message>
        <source>Labels, scheme rules in force in the base year, reserve, basic pension; optional (version 2): spread of earnings and service, contribution ceiling, qualifying period and old-age grant, disability and survivors&apos; terms, funeral grant.</source>
        <translation>Etiquetas, reglas del régimen vigentes en el año base, reserva, pensión básica; opcional (versión 2): dispersión de los salarios y de los años de servicio, tope de cotización, período de calificación y asignación de vejez, condiciones de las pensiones de invalidez y de sobrevivientes, gastos funerarios.</translation>
    </message>
    <message>
        <source>GDP in the base year and annual economic assumptions.</source>
        <translation>PIB del año base y supuestos económicos anuales.</translation>
    </message>
    <message>
        <source>Year paths for inflation, real_wage_growth, investment_return, unemployment_rate: keep only the columns you give year by year and remove those keys from the Economy sheet. Every cell filled.</source>
        <translation>Trayectorias anuales de las claves inflation, real_wage_growth, investment_return, unemployment_rate: conserve solo las columnas que indica año por año y quite esas claves de la hoja Economy. Todas las celdas llenas.</translation>
    </message>
    <message>
        <source>Fertility, sex ratio at birth, mortality improvement, net migration.</source>
        <translation>Fecundidad, razón de sexos al nacer, mejora de la mortalidad, migración neta.</translation>
    </message>
    <message>
        <source>Year paths for tfr, net_migration, sex_ratio_at_birth: a tfr column replaces the keys tfr, tfr_target and tfr_target_year; remove from Demography every key given here.</source>
        <translation>Trayectorias anuales de las claves tfr, net_migration, sex_ratio_at_birth: una columna tfr reemplaza las claves tfr, tfr_target y tfr_target_year; quite de Demography toda clave indicada aquí.</translation>
    </message>
    <message>
        <source>Persons at 1 January of the base year, by age (100 = 100 and over).</source>
        <translation>Personas al 1 de enero del año base, por edad (100 = 100 años y más).</translation>
    </message>
    <message>
        <source>qx: probability of dying before next 1 January. Optional columns improvement_male and improvement_female (annual rates by age) replace the Demography improvement keys.</source>
        <translation>qx: probabilidad de muerte antes del 1 de enero siguiente. Las columnas opcionales improvement_male e improvement_female (tasas anuales por edad) reemplazan las claves de mejora de Demography.</translation>
    </message>
    <message>
        <source>Life tables for later anchor years (after the base year): ages 0 to 100 for each year listed, rows in any order.</source>
        <translation>Tablas de mortalidad de años de anclaje posteriores (después del año base): edades de 0 a 100 para cada año indicado, filas en cualquier orden.</translation>
    </message>
    <message>
        <source>Age-specific fertility rates, ages 15 to 49, any scale.</source>
        <translation>Tasas específicas de fecundidad por edad, de 15 a 49 años, en cualquier escala.</translation>
    </message>
    <message>
        <source>Labour-force participation rates by age (blank = 0).</source>
        <translation>Tasas de participación laboral por edad (vacío = 0).</translation>
    </message>
    <message>
        <source>Contributors, annual insurable wages and past credited service in the base year (blank = 0).</source>
        <translation>Cotizantes, salarios asegurables anuales y años de servicio acreditados en el año base (vacío = 0).</translation>
    </message>
    <message>
        <source>Pensioners and average annual pensions in the base year (blank = 0). Optional groups of columns, each given whole or not at all: disability pensioners and pensions; spouses (survivors) and their pensions, by the spouse&apos;s own age; orphans and their pension (no sex), below orphan_age_limit.</source>
        <translation>Pensionados y pensiones anuales promedio en el año base (vacío = 0). Grupos de columnas opcionales, cada uno completo o ausente: pensionados de invalidez y sus pensiones; cónyuges (sobrevivientes) y sus pensiones, según la edad del propio cónyuge; huérfanos y su pensión (sin distinción de sexo), por debajo de orphan_age_limit.</translation>
    </message>
    <message>
        <source>Probability that a contributor becomes disabled within the year, by age and sex (blank = 0); the Scheme keys disability_* set the pension&apos;s terms.</source>
        <translation>Probabilidad de que un cotizante quede inválido en el año, por edad y sexo (vacío = 0); las claves disability_* de la hoja Scheme fijan las condiciones de la pensión.</translation>
    </message>
    <message>
        <source>By the age and sex of a contributor or pensioner who dies: probability of leaving an entitled spouse, average number of entitled orphans and their average age (whole years below orphan_age_limit); blank = 0. The Scheme keys survivor_share and orphan_share set the pensions.</source>
        <translation>Según la edad y el sexo del cotizante o pensionado que fallece: probabilidad de dejar un cónyuge con derecho, número promedio de huérfanos con derecho y su edad promedio (años enteros por debajo de orphan_age_limit); vacío = 0. Las claves survivor_share y orphan_share de la hoja Scheme fijan las pensiones.</translation>
    </message>
    <message>
        <source>Age and sex profile of net migrants, any scale (blank = 0); needed when net_migration is not 0.</source>
        <translation>Perfil por edad y sexo de la migración neta, en cualquier escala (vacío = 0); necesario si net_migration no es 0.</translation>
    </message>
    <message>
        <source>Legislated changes: a row&apos;s values hold from its year (after the base year) until the next row; keep only the columns you change, fill every cell.</source>
        <translation>Cambios legislados: los valores de una fila rigen desde su año (posterior al año base) hasta la fila siguiente; conserve solo las columnas que cambia y llene todas las celdas.</translation>
    </message>
    <message>
        <source>Volatility of inflation, real wage growth and the investment return for stochastic projections (reform-studio stochastic, the fan chart): standard deviations around the paths, AR(1) autocorrelations and correlations of the annual shocks; empty keys take the defaults shown.</source>
        <translation>Volatilidad de la inflación, del crecimiento real de los salarios y del rendimiento de las inversiones para las proyecciones estocásticas (reform-studio stochastic, el gráfico de abanico): desviaciones estándar en torno a las trayectorias, autocorrelaciones AR(1) y correlaciones de los choques anuales; las claves vacías toman los valores por defecto indicados.</translation>
    </message>
    <message>
        <source>The sensitivity tests (reform-studio sensitivity, the tornado): the low and high setting of each assumption, shifts as fractions and factors as multipliers; empty keys take the standard set shown.</source>
        <translation>Las pruebas de sensibilidad (reform-studio sensitivity, el tornado): valores bajo y alto de cada supuesto, los desplazamientos como fracciones decimales y los factores como multiplicadores; las claves vacías toman el conjunto estándar indicado.</translation>
    </message>
    <message>
        <source>Read me</source>
        <translation>Léame</translation>
    </message>
    <message>
        <source>Optional sheet. {note}</source>
        <translation>Hoja opcional. {note}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Reform Studio input workbook, template version {version}</source>
        <translation>Libro de datos de Reform Studio, plantilla versión {version}</translation>
    </message>
    <message>
        <source>Replace the example values with your scheme&apos;s. Rates are fractions (0.18 = 18 %); money is in the scheme&apos;s currency per year; ages run 0 to 100 (100 = 100 and over).</source>
        <translation>Reemplace los valores de ejemplo por los de su régimen. Las tasas se escriben como fracciones decimales (0,18 = 18&#xa0;%); los montos son anuales, en la moneda del régimen; las edades van de 0 a 100 (100 = 100 años y más).</translation>
    </message>
    <message>
        <source>Key sheets hold Parameter | Value rows; keys in italics are optional (an empty value = not given). Grey tabs are optional sheets: leave them empty if not needed.</source>
        <translation>Las hojas de claves contienen filas Parameter | Value; las claves en cursiva son opcionales (valor vacío = no indicado). Las pestañas grises son hojas opcionales: déjelas vacías si no las necesita.</translation>
    </message>
    <message>
        <source>Everything added in version 2 (the optional Scheme keys from wage_dispersion on, the Disability and Survivors sheets, the extra Pensioners columns) is optional: a version-1 workbook reads unchanged. Hover over a column header for what it means.</source>
        <translation>Todo lo añadido en la versión 2 (las claves opcionales de Scheme a partir de wage_dispersion, las hojas Disability y Survivors, las columnas adicionales de Pensioners) es opcional: un libro de la versión 1 se lee sin cambios. Pase el puntero sobre el encabezado de una columna para ver qué contiene.</translation>
    </message>
    <message>
        <source>Sheet names, keys (column A of the key sheets) and column headers stay in English, as the specification writes them, so that the workbook reads in every language: do not translate them. The notes and comments explain them.</source>
        <translation>Los nombres de las hojas, las claves (columna A de las hojas de claves) y los encabezados de columna se mantienen en inglés, tal como los escribe la especificación, para que el libro se lea en cualquier idioma: no los traduzca. Las notas y los comentarios los explican.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Required?</source>
        <translation>¿Obligatoria?</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoria</translation>
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
        <translation>% de los salarios asegurables</translation>
    </message>
    <message>
        <source>Year the reserve runs out</source>
        <translation>Año de agotamiento de la reserva</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>PAYG cost rate</source>
        <translation>Tasa de costo de reparto</translation>
    </message>
    <message>
        <source>% of the wage bill</source>
        <translation>% de la masa salarial</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Coeficiente de reserva</translation>
    </message>
    <message>
        <source>years of spending</source>
        <translation>años de gasto</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>{label} (+{step} years) ({unit})</source>
        <translation>{label} (+{step} años) ({unit})</translation>
    </message>
    <message>
        <source>{label} in {year} ({unit})</source>
        <translation>{label} en {year} ({unit})</translation>
    </message>
    <message>
        <source>no effect</source>
        <translation>sin efecto</translation>
    </message>
    <message>
        <source>baseline&apos;s range</source>
        <translation>rango del escenario base</translation>
    </message>
    <message>
        <source>{name}: {indicator} with each assumption varied alone (central {value})</source>
        <translation>{name}: {indicator} con cada supuesto variado por separado (valor central {value})</translation>
    </message>
    <message>
        <source>not reached within the horizon: {tests}</source>
        <translation>no alcanzado dentro del horizonte: {tests}</translation>
    </message>
</context>
<context>
    <name>uncertainty_view</name>
    <message>
        <source>Added to real wage growth in every year (percentage points).</source>
        <translation>Se suma al crecimiento real de los salarios cada año (puntos porcentuales).</translation>
    </message>
    <message>
        <source>Added to the nominal investment return in every year (percentage points).</source>
        <translation>Se suma al rendimiento nominal de las inversiones cada año (puntos porcentuales).</translation>
    </message>
    <message>
        <source>Added to price inflation in every year (percentage points).</source>
        <translation>Se suma a la inflación de precios cada año (puntos porcentuales).</translation>
    </message>
    <message>
        <source>Added to the unemployment rate in every year (percentage points).</source>
        <translation>Se suma a la tasa de desempleo cada año (puntos porcentuales).</translation>
    </message>
    <message>
        <source>Multiplies the total fertility rate in every year (1 = the workbook&apos;s).</source>
        <translation>Multiplica la tasa global de fecundidad cada año (1 = la del libro).</translation>
    </message>
    <message>
        <source>Multiplies every probability of dying, capped at 1 (below 1: people live longer).</source>
        <translation>Multiplica cada probabilidad de muerte, con un tope de 1 (por debajo de 1: se vive más).</translation>
    </message>
    <message>
        <source>Multiplies net migration in every year (0 = none, 2 = twice the workbook&apos;s).</source>
        <translation>Multiplica la migración neta cada año (0 = ninguna, 2 = el doble de la del libro).</translation>
    </message>
    <message>
        <source>The same assumptions apply to the baseline and every reform, so the comparison stays fair. The workbook&apos;s values are 0 pt and ×1.</source>
        <translation>Los mismos supuestos se aplican al escenario base y a cada reforma, para que la comparación sea justa. Los valores del libro son 0 pp y ×1.</translation>
    </message>
    <message>
        <source>&amp;Reset to the workbook&apos;s</source>
        <translation>&amp;Restablecer los del libro</translation>
    </message>
    <message>
        <source>Set every assumption back to the workbook&apos;s (0 pt, ×1).</source>
        <translation>Devolver cada supuesto al del libro (0 pp, ×1).</translation>
    </message>
    <message>
        <source>How much of the calculation is done.</source>
        <translation>Avance del cálculo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the calculation (Esc).</source>
        <translation>Detener el cálculo (Esc).</translation>
    </message>
    <message>
        <source>The baseline and every reform are projected under these assumptions, not the workbook&apos;s own (Analysis › Assumptions; Reset to the workbook&apos;s).</source>
        <translation>El escenario base y cada reforma se proyectan con estos supuestos, no con los del libro (Análisis › Supuestos; Restablecer los del libro).</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <source>How sure are we? Fan chart and tornado</source>
        <translation>¿Qué tan seguros estamos? Abanico y tornado</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source> paths</source>
        <translation> trayectorias</translation>
    </message>
    <message>
        <source>Number of economic paths drawn: more paths, smoother percentiles, longer wait.</source>
        <translation>Número de trayectorias económicas sorteadas: más trayectorias, percentiles más suaves, espera más larga.</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>semilla </translation>
    </message>
    <message>
        <source>The same seed gives the same paths and the same numbers.</source>
        <translation>La misma semilla da las mismas trayectorias y las mismas cifras.</translation>
    </message>
    <message>
        <source>&amp;Draw the fan</source>
        <translation>&amp;Dibujar el abanico</translation>
    </message>
    <message>
        <source>Project the baseline and the reform being edited over the economic paths (Ctrl+Shift+R).</source>
        <translation>Proyectar el escenario base y la reforma que se edita sobre las trayectorias económicas (Ctrl+Mayús+R).</translation>
    </message>
    <message>
        <source>&amp;Fan chart</source>
        <translation>Gráfico de &amp;abanico</translation>
    </message>
    <message>
        <source>The indicator whose spread the fan shows.</source>
        <translation>El indicador cuya dispersión muestra el abanico.</translation>
    </message>
    <message>
        <source>Bands: 5-95 % and 25-75 % of the paths; thick line: median; dashed: deterministic. Below: the share of paths in which the reserve has run out by each year.</source>
        <translation>Bandas: 5-95&#xa0;% y 25-75&#xa0;% de las trayectorias; línea gruesa: mediana; discontinua: determinista. Abajo: la proporción de trayectorias en que la reserva se ha agotado en cada año.</translation>
    </message>
    <message>
        <source>Run the &amp;sensitivity tests</source>
        <translation>Ejecutar las pruebas de &amp;sensibilidad</translation>
    </message>
    <message>
        <source>Each assumption alone, low and high, for the baseline and the reform being edited (Ctrl+Shift+K).</source>
        <translation>Cada supuesto por separado, bajo y alto, para el escenario base y la reforma que se edita (Ctrl+Mayús+K).</translation>
    </message>
    <message>
        <source>&amp;Tornado</source>
        <translation>&amp;Tornado</translation>
    </message>
    <message>
        <source>The indicator whose sensitivity the bars show.</source>
        <translation>El indicador cuya sensibilidad muestran las barras.</translation>
    </message>
    <message>
        <source>Bars from the central value to the low (light) and high (dark) setting of each assumption, widest swing on top; grey: the baseline&apos;s range.</source>
        <translation>Barras desde el valor central hasta el valor bajo (claro) y alto (oscuro) de cada supuesto, la mayor variación arriba; gris: el rango del escenario base.</translation>
    </message>
    <message>
        <source>These assumptions cannot be used: {reason}</source>
        <translation>Estos supuestos no se pueden usar: {reason}</translation>
    </message>
    <message>
        <source>Assumptions: {variant}</source>
        <translation>Supuestos: {variant}</translation>
    </message>
    <message>
        <source>Open a workbook first.</source>
        <translation>Abra primero un libro.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>This cannot be computed: {message}</source>
        <translation>No se puede calcular: {message}</translation>
    </message>
    <message>
        <source>Under: {variant}.</source>
        <translation>Con: {variant}.</translation>
    </message>
    <message>
        <source>{count} variants around: {variant}.</source>
        <translation>{count} variantes en torno a: {variant}.</translation>
    </message>
    <message>
        <source>&amp;Assumptions (economy and demography)</source>
        <translation>&amp;Supuestos (economía y demografía)</translation>
    </message>
    <message>
        <source>Show or hide the panel that varies wage growth, returns, inflation, unemployment, fertility, mortality and migration for the baseline and every reform alike.</source>
        <translation>Mostrar u ocultar el panel que varía el crecimiento de los salarios, los rendimientos, la inflación, el desempleo, la fecundidad, la mortalidad y la migración, por igual para el escenario base y cada reforma.</translation>
    </message>
    <message>
        <source>&amp;How sure are we? (fan chart, tornado)…</source>
        <translation>¿&amp;Qué tan seguros estamos? (abanico, tornado)…</translation>
    </message>
    <message>
        <source>Open the fan chart of stochastic economic paths and the tornado of the sensitivity tests.</source>
        <translation>Abrir el gráfico de abanico de las trayectorias económicas estocásticas y el tornado de las pruebas de sensibilidad.</translation>
    </message>
</context>
</TS>

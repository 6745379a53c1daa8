// An empty changelog: Liquibase ran (and created its two tables), nothing was applied, no Liquibase table was generated.
def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jooq')
assert log.contains('jooq-pgai: applied 0 migrations from ') && log.contains('changelog.xml')
assert log =~ /excludes\s+: \[databasechangelog\\|databasechangeloglock\]/ : 'the history tables were not excluded'
def leaked = []
if (gen.isDirectory()) gen.eachFileRecurse { if (it.name.toLowerCase().contains('databasechangelog')) leaked << it }
assert leaked.isEmpty() : "Liquibase history tables were generated: ${leaked}"
return true

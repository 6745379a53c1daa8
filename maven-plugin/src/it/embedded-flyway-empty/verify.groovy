// A Flyway location without scripts: Flyway ran, nothing was applied, no Flyway history table was generated.
def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jooq')
assert log.contains('jooq-pgai: applied 0 migrations from ') && log.contains('db/migration')
assert log =~ /excludes\s+: \[flyway_schema_history\]/ : 'the history tables were not excluded'
def leaked = []
if (gen.isDirectory()) gen.eachFileRecurse { if (it.name.toLowerCase().contains('flywayschemahistory')) leaked << it }
assert leaked.isEmpty() : "the Flyway history table was generated: ${leaked}"
return true

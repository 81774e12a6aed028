using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefectionTracker.Web.Data.Seeding;

/// <summary>
/// Inserts new entity graphs into an empty database with one prepared INSERT per table, driven by the EF model
/// (table and column names, value conversions, generated keys), without change tracking. A first start at national
/// scale inserts about 190,000 rows; through the change tracker that takes several times longer.
/// Run inside a transaction with deferred foreign keys, so the order of tables does not matter.
/// </summary>
internal sealed class BulkInserter(DefectionsDbContext db) : IDisposable
{
    private readonly Dictionary<IEntityType, TableInsert> _inserts = [];

    public int Rows { get; private set; }

    /// <summary>Inserts each entity and, recursively, the entities in its collection navigations.</summary>
    public void InsertGraphs(IEnumerable<object> roots)
    {
        foreach (var root in roots)
        {
            Insert(root);
        }
    }

    private void Insert(object entity)
    {
        var entityType = db.Model.FindEntityType(entity.GetType())
            ?? throw new InvalidOperationException($"{entity.GetType().Name} is not in the model");
        if (!_inserts.TryGetValue(entityType, out var insert))
        {
            insert = new TableInsert(db, entityType);
            _inserts[entityType] = insert;
        }

        insert.Execute(entity);
        Rows++;
        foreach (var navigation in entityType.GetNavigations().Where(n => n.IsCollection && !n.IsOnDependent))
        {
            if (navigation.PropertyInfo?.GetValue(entity) is System.Collections.IEnumerable children)
            {
                foreach (var child in children)
                {
                    Insert(child);
                }
            }
        }
    }

    public void Dispose()
    {
        foreach (var insert in _inserts.Values)
        {
            insert.Dispose();
        }
    }

    private sealed class TableInsert : IDisposable
    {
        private readonly DbCommand _command;
        private readonly List<(Func<object, object?> Get, RelationalTypeMapping Mapping, DbParameter Parameter)> _columns = [];

        public TableInsert(DefectionsDbContext db, IEntityType entityType)
        {
            var connection = db.Database.GetDbConnection();
            _command = connection.CreateCommand();
            _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();

            // Generated integer keys are left to the database.
            foreach (var property in entityType.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)))
            {
                var info = property.PropertyInfo ?? throw new InvalidOperationException($"{property.Name} has no CLR property");
                Add(property, info.GetValue);
            }

            foreach (var complex in entityType.GetComplexProperties())
            {
                var outer = complex.PropertyInfo!;
                foreach (var property in complex.ComplexType.GetProperties())
                {
                    var inner = property.PropertyInfo!;
                    Add(property, e => inner.GetValue(outer.GetValue(e)));
                }
            }

            var table = entityType.GetTableName();
            var names = _columns.Select(c => c.Parameter.ParameterName).ToList();
            var columns = entityType.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))
                .Concat(entityType.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties()))
                .Select(p => $"\"{p.GetColumnName()}\"");
            _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns)}) VALUES ({string.Join(", ", names)})";
            _command.Prepare();

            void Add(IProperty property, Func<object, object?> get)
            {
                var mapping = (RelationalTypeMapping)property.GetTypeMapping();
                var parameter = mapping.CreateParameter(_command, "@p" + _columns.Count, null, property.IsNullable);
                _command.Parameters.Add(parameter);
                _columns.Add((get, mapping, parameter));
            }
        }

        public void Execute(object entity)
        {
            foreach (var (get, mapping, parameter) in _columns)
            {
                var value = get(entity);
                if (value is not null && mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                parameter.Value = value ?? DBNull.Value;
            }

            _command.ExecuteNonQuery();
        }

        public void Dispose() => _command.Dispose();
    }
}

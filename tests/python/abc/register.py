# Virtual subclasses: register, isinstance and issubclass through the registry, the cache token, errors.
import abc
from abc import ABC, ABCMeta, get_cache_token


class Animal(ABC):
    pass


class Dog:
    pass


class Puppy(Dog):
    pass


print(issubclass(Dog, Animal), isinstance(Dog(), Animal))
token = get_cache_token()
print(Animal.register(Dog) is Dog)
print(get_cache_token() == token + 1, type(get_cache_token()).__name__)
print(issubclass(Dog, Animal), isinstance(Dog(), Animal), issubclass(Puppy, Animal), isinstance(Puppy(), Animal))
print(Animal in Dog.__mro__, Animal.__subclasses__())

# Registering an existing (virtual or real) subclass changes nothing, not even the token.
token = get_cache_token()
print(Animal.register(Dog) is Dog, Animal.register(Puppy) is Puppy, Animal.register(Animal) is Animal)
print(get_cache_token() == token)


# register works as a class decorator.
@Animal.register
class Cat:
    pass


print(Cat.__name__, issubclass(Cat, Animal), get_cache_token() == token + 1)

# Builtin types can be registered too.
Animal.register(int)
print(isinstance(3, Animal), isinstance(True, Animal), issubclass(bool, Animal), isinstance(3.0, Animal))

# Registration is transitive through ABCs.
class Mammal(Animal):
    pass


class Whale:
    pass


Mammal.register(Whale)
print(issubclass(Whale, Mammal), issubclass(Whale, Animal), issubclass(Dog, Mammal))


class Pet(ABC):
    pass


Pet.register(Mammal)
print(issubclass(Whale, Pet), isinstance(Whale(), Pet), issubclass(Animal, Pet), issubclass(Mammal, Pet))

# Errors.
for bad in (3, "x", Dog(), None):
    try:
        Animal.register(bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    Mammal.register(Animal)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    Pet.register(Animal)
    print("Pet.register(Animal) fine")
    Animal.register(Pet)
except RuntimeError as e:
    print("RuntimeError:", e)

for bad in (3, Dog(), "str"):
    try:
        issubclass(bad, Animal)
    except TypeError as e:
        print("TypeError:", e)

print(issubclass(Dog, (int, Animal)), isinstance(Dog(), (Animal, str)), isinstance(1.5, (Animal, Pet)))

# An instance whose __class__ lies.
class Liar:
    @property
    def __class__(self):
        return Dog


print(isinstance(Liar(), Animal), isinstance(Liar(), Dog), type(Liar()).__name__)


class NotAClass:
    __class__ = 42


try:
    print(isinstance(NotAClass(), Animal))
except TypeError as e:
    print("TypeError:", e)


# A registered class that goes away leaves the registry; the others stay.


class Temp(ABC):
    pass


def make():
    class Gone:
        pass
    Temp.register(Gone)
    return len(abc._get_dump(Temp)[0])


print(make())
Temp.register(float)
print(issubclass(float, Temp), isinstance(2.5, Temp), isinstance(2, Temp))

# Registries are per ABC; _abc_registry_clear and _abc_caches_clear reset them.
Temp._abc_registry_clear()
print(issubclass(float, Temp))
Temp._abc_caches_clear()
print(issubclass(float, Temp))
print(hasattr(ABCMeta, "_abc_invalidation_counter"), hasattr(ABCMeta, "_abc_registry"))
print(issubclass(Dog, Animal), issubclass(Dog, Temp))

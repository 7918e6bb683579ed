(module
 (type $0 (func (param i32 i32 i32)))
 (type $1 (func (param v128) (result v128)))
 (type $2 (func (param i32 i32)))
 (type $3 (func (param v128 v128) (result v128)))
 (type $4 (func (param i32) (result i32)))
 (type $5 (func (param i32 i32) (result i32)))
 (type $6 (func))
 (memory $0 19 19)
 (data $0 (i32.const 940592) "\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00\t\00\00\00")
 (export "memory" (memory $0))
 (export "first_non_finite" (func $first_non_finite))
 (export "entry:mnist_mlp" (func $mnist_mlp))
 (func $gf_exp_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local.set $1
   (f32x4.max
    (f32x4.min
     (local.get $0)
     (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
    )
    (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
   )
  )
  (local.set $2
   (f32x4.nearest
    (f32x4.mul
     (local.get $1)
     (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
    )
   )
  )
  (local.set $3
   (f32x4.sub
    (f32x4.sub
     (local.get $1)
     (f32x4.mul
      (local.get $2)
      (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
     )
    )
    (f32x4.mul
     (local.get $2)
     (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
    )
   )
  )
  (local.set $4
   (f32x4.add
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967)
             (local.get $3)
            )
            (v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce)
           )
           (local.get $3)
          )
          (v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908)
         )
         (local.get $3)
        )
        (v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1)
       )
       (local.get $3)
      )
      (v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa)
     )
     (local.get $3)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (local.set $4
   (f32x4.add
    (f32x4.add
     (f32x4.mul
      (local.get $4)
      (f32x4.mul
       (local.get $3)
       (local.get $3)
      )
     )
     (local.get $3)
    )
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   )
  )
  (local.set $5
   (i32x4.trunc_sat_f32x4_s
    (local.get $2)
   )
  )
  (local.set $6
   (i32x4.shr_s
    (local.get $5)
    (i32.const 1)
   )
  )
  (f32x4.mul
   (f32x4.mul
    (local.get $4)
    (i32x4.shl
     (i32x4.add
      (local.get $6)
      (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
     )
     (i32.const 23)
    )
   )
   (i32x4.shl
    (i32x4.add
     (i32x4.sub
      (local.get $5)
      (local.get $6)
     )
     (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
    )
    (i32.const 23)
   )
  )
 )
 (func $gf_log_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local.set $1
   (f32x4.lt
    (local.get $0)
    (v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000)
   )
  )
  (local.set $2
   (v128.bitselect
    (f32x4.mul
     (local.get $0)
     (v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000)
    )
    (local.get $0)
    (local.get $1)
   )
  )
  (local.set $3
   (i32x4.sub
    (i32x4.sub
     (i32x4.shr_u
      (local.get $2)
      (i32.const 23)
     )
     (v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e)
    )
    (v128.and
     (local.get $1)
     (v128.const i32x4 0x00000017 0x00000017 0x00000017 0x00000017)
    )
   )
  )
  (local.set $4
   (v128.or
    (v128.and
     (local.get $2)
     (v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (local.set $5
   (f32x4.lt
    (local.get $4)
    (v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3)
   )
  )
  (local.set $3
   (i32x4.add
    (local.get $3)
    (local.get $5)
   )
  )
  (local.set $4
   (f32x4.sub
    (f32x4.add
     (local.get $4)
     (v128.and
      (local.get $4)
      (local.get $5)
     )
    )
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   )
  )
  (local.set $8
   (f32x4.convert_i32x4_s
    (local.get $3)
   )
  )
  (local.set $6
   (f32x4.mul
    (local.get $4)
    (local.get $4)
   )
  )
  (local.set $7
   (f32x4.mul
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (f32x4.add
                  (f32x4.mul
                   (f32x4.add
                    (f32x4.mul
                     (v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb)
                     (local.get $4)
                    )
                    (v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8)
                   )
                   (local.get $4)
                  )
                  (v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a)
                 )
                 (local.get $4)
                )
                (v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f)
               )
               (local.get $4)
              )
              (v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf)
             )
             (local.get $4)
            )
            (v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50)
           )
           (local.get $4)
          )
          (v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac)
         )
         (local.get $4)
        )
        (v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc)
       )
       (local.get $4)
      )
      (v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa)
     )
     (local.get $4)
    )
    (local.get $6)
   )
  )
  (local.set $7
   (f32x4.add
    (local.get $7)
    (f32x4.mul
     (local.get $8)
     (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
    )
   )
  )
  (local.set $7
   (f32x4.sub
    (local.get $7)
    (f32x4.mul
     (local.get $6)
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
   )
  )
  (local.set $9
   (f32x4.add
    (f32x4.add
     (local.get $4)
     (local.get $7)
    )
    (f32x4.mul
     (local.get $8)
     (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
    (local.get $9)
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (local.get $9)
    (f32x4.lt
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (v128.bitselect
   (local.get $0)
   (local.get $9)
   (v128.or
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
    )
    (f32x4.ne
     (local.get $0)
     (local.get $0)
    )
   )
  )
 )
 (func $gf_tanh_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local.set $1
   (f32x4.abs
    (local.get $0)
   )
  )
  (local.set $2
   (f32x4.mul
    (local.get $0)
    (local.get $0)
   )
  )
  (local.set $3
   (f32x4.add
    (f32x4.mul
     (f32x4.mul
      (f32x4.add
       (f32x4.mul
        (f32x4.add
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (v128.const i32x4 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea)
              (local.get $2)
             )
             (v128.const i32x4 0x3ca9134e 0x3ca9134e 0x3ca9134e 0x3ca9134e)
            )
            (local.get $2)
           )
           (v128.const i32x4 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d)
          )
          (local.get $2)
         )
         (v128.const i32x4 0x3e088393 0x3e088393 0x3e088393 0x3e088393)
        )
        (local.get $2)
       )
       (v128.const i32x4 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99)
      )
      (local.get $2)
     )
     (local.get $0)
    )
    (local.get $0)
   )
  )
  (local.set $4
   (f32x4.sub
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
    (f32x4.div
     (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
     (f32x4.add
      (call $gf_exp_f32x4
       (f32x4.add
        (local.get $1)
        (local.get $1)
       )
      )
      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
     )
    )
   )
  )
  (v128.or
   (v128.bitselect
    (local.get $3)
    (local.get $4)
    (f32x4.lt
     (local.get $1)
     (v128.const i32x4 0x3f200000 0x3f200000 0x3f200000 0x3f200000)
    )
   )
   (v128.and
    (local.get $0)
    (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
   )
  )
 )
 (func $gf_erf_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local.set $1
   (f32x4.max
    (f32x4.min
     (local.get $0)
     (v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000)
    )
    (v128.const i32x4 0xc0800000 0xc0800000 0xc0800000 0xc0800000)
   )
  )
  (local.set $2
   (f32x4.mul
    (local.get $1)
    (local.get $1)
   )
  )
  (f32x4.div
   (f32x4.mul
    (local.get $1)
    (f32x4.add
     (f32x4.mul
      (f32x4.add
       (f32x4.mul
        (f32x4.add
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (f32x4.add
               (f32x4.mul
                (v128.const i32x4 0xaf95df0b 0xaf95df0b 0xaf95df0b 0xaf95df0b)
                (local.get $2)
               )
               (v128.const i32x4 0x32edffee 0x32edffee 0x32edffee 0x32edffee)
              )
              (local.get $2)
             )
             (v128.const i32x4 0xb60cff51 0xb60cff51 0xb60cff51 0xb60cff51)
            )
            (local.get $2)
           )
           (v128.const i32x4 0xb86ec2d2 0xb86ec2d2 0xb86ec2d2 0xb86ec2d2)
          )
          (local.get $2)
         )
         (v128.const i32x4 0xba40ac63 0xba40ac63 0xba40ac63 0xba40ac63)
        )
        (local.get $2)
       )
       (v128.const i32x4 0xbb41a1f6 0xbb41a1f6 0xbb41a1f6 0xbb41a1f6)
      )
      (local.get $2)
     )
     (v128.const i32x4 0xbc83dbd4 0xbc83dbd4 0xbc83dbd4 0xbc83dbd4)
    )
   )
   (f32x4.add
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (v128.const i32x4 0xb77460cd 0xb77460cd 0xb77460cd 0xb77460cd)
           (local.get $2)
          )
          (v128.const i32x4 0xb95fbd29 0xb95fbd29 0xb95fbd29 0xb95fbd29)
         )
         (local.get $2)
        )
        (v128.const i32x4 0xbadc924e 0xbadc924e 0xbadc924e 0xbadc924e)
       )
       (local.get $2)
      )
      (v128.const i32x4 0xbbf19bf8 0xbbf19bf8 0xbbf19bf8 0xbbf19bf8)
     )
     (local.get $2)
    )
    (v128.const i32x4 0xbc69b6a7 0xbc69b6a7 0xbc69b6a7 0xbc69b6a7)
   )
  )
 )
 (func $gf_pow_f32x4 (param $0 v128) (param $1 v128) (result v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local.set $2
   (call $gf_exp_f32x4
    (f32x4.mul
     (local.get $1)
     (call $gf_log_f32x4
      (f32x4.abs
       (local.get $0)
      )
     )
    )
   )
  )
  (local.set $3
   (f32x4.eq
    (f32x4.trunc
     (local.get $1)
    )
    (local.get $1)
   )
  )
  (local.set $4
   (v128.and
    (v128.and
     (local.get $3)
     (f32x4.lt
      (f32x4.abs
       (local.get $1)
      )
      (v128.const i32x4 0x4b800000 0x4b800000 0x4b800000 0x4b800000)
     )
    )
    (i32x4.ne
     (v128.and
      (i32x4.trunc_sat_f32x4_s
       (local.get $1)
      )
      (v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001)
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (local.set $2
   (v128.or
    (local.get $2)
    (v128.and
     (v128.and
      (local.get $0)
      (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
     )
     (local.get $4)
    )
   )
  )
  (local.set $2
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (local.get $2)
    (v128.andnot
     (v128.and
      (f32x4.lt
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (f32x4.ne
       (local.get $0)
       (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      )
     )
     (local.get $3)
    )
   )
  )
  (v128.bitselect
   (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   (local.get $2)
   (f32x4.eq
    (local.get $1)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
 )
 (func $gf_mix32 (param $0 i32) (result i32)
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.set $0
   (i32.mul
    (local.get $0)
    (i32.const 2146121005)
   )
  )
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 15)
    )
   )
  )
  (local.set $0
   (i32.mul
    (local.get $0)
    (i32.const -2073254261)
   )
  )
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.get $0)
 )
 (func $gf_mix32_i32x4 (param $0 v128) (result v128)
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.set $0
   (i32x4.mul
    (local.get $0)
    (v128.const i32x4 0x7feb352d 0x7feb352d 0x7feb352d 0x7feb352d)
   )
  )
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 15)
    )
   )
  )
  (local.set $0
   (i32x4.mul
    (local.get $0)
    (v128.const i32x4 0x846ca68b 0x846ca68b 0x846ca68b 0x846ca68b)
   )
  )
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.get $0)
 )
 (func $first_non_finite (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local.set $2
   (i32.const 0)
  )
  (block $blocks
   (loop $block
    (br_if $blocks
     (i32.ge_u
      (local.get $2)
      (i32.and
       (local.get $1)
       (i32.const -16)
      )
     )
    )
    (br_if $blocks
     (v128.any_true
      (v128.or
       (v128.or
        (v128.or
         (i32x4.eq
          (v128.and
           (v128.load align=4
            (i32.add
             (local.get $0)
             (i32.shl
              (local.get $2)
              (i32.const 2)
             )
            )
           )
           (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
         (i32x4.eq
          (v128.and
           (v128.load offset=16 align=4
            (i32.add
             (local.get $0)
             (i32.shl
              (local.get $2)
              (i32.const 2)
             )
            )
           )
           (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
        )
        (i32x4.eq
         (v128.and
          (v128.load offset=32 align=4
           (i32.add
            (local.get $0)
            (i32.shl
             (local.get $2)
             (i32.const 2)
            )
           )
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
         (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
        )
       )
       (i32x4.eq
        (v128.and
         (v128.load offset=48 align=4
          (i32.add
           (local.get $0)
           (i32.shl
            (local.get $2)
            (i32.const 2)
           )
          )
         )
         (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
        )
        (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
       )
      )
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 16)
     )
    )
    (br $block)
   )
  )
  (block $scalars
   (loop $scalar
    (br_if $scalars
     (i32.ge_u
      (local.get $2)
      (local.get $1)
     )
    )
    (if
     (i32.eq
      (i32.and
       (i32.load
        (i32.add
         (local.get $0)
         (i32.shl
          (local.get $2)
          (i32.const 2)
         )
        )
       )
       (i32.const 2139095040)
      )
      (i32.const 2139095040)
     )
     (then
      (return
       (local.get $2)
      )
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 1)
     )
    )
    (br $scalar)
   )
  )
  (i32.const -1)
 )
 (func $k1_fc1_matmul_add_compare_where_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 v128)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 i32)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 v128)
  (local $63 v128)
  (local $64 v128)
  (local $65 v128)
  (local $66 v128)
  (local $67 i32)
  (local $68 i32)
  (local $69 i32)
  (local $70 i32)
  (local $71 v128)
  (local $72 v128)
  (local $73 v128)
  (local $74 v128)
  (local $75 v128)
  (local $76 i32)
  (local $77 i32)
  (local $78 i32)
  (local $79 i32)
  (local $80 v128)
  (local $81 v128)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 v128)
  (local $90 v128)
  (local $91 v128)
  (local $92 v128)
  (local $93 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 32)
      (i32.lt_s
       (local.get $1)
       (i32.const 32)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $93
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 3136)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 802816)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=16 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=940640
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=943776
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=946912
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=950048
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 1024)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 1024)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=1141600 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 256)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=802816 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (f32x4.add
            (local.get $21)
            (local.get $26)
           )
          )
          (local.set $28
           (v128.and
            (f32x4.gt
             (local.get $27)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $29
           (v128.bitselect
            (local.get $27)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $28)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $29)
         )
        )
        (v128.store offset=1141616 align=4
         (local.get $9)
         (block (result v128)
          (local.set $30
           (local.get $11)
          )
          (local.set $31
           (local.get $3)
          )
          (local.set $32
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $33
           (i32.add
            (i32.mul
             (local.get $31)
             (i32.const 256)
            )
            (local.get $32)
           )
          )
          (local.set $34
           (local.get $32)
          )
          (local.set $35
           (v128.load offset=802816 align=4
            (i32.shl
             (local.get $34)
             (i32.const 2)
            )
           )
          )
          (local.set $36
           (f32x4.add
            (local.get $30)
            (local.get $35)
           )
          )
          (local.set $37
           (v128.and
            (f32x4.gt
             (local.get $36)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $38
           (v128.bitselect
            (local.get $36)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $37)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $38)
         )
        )
        (v128.store offset=1142624 align=4
         (local.get $9)
         (block (result v128)
          (local.set $39
           (local.get $12)
          )
          (local.set $40
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $41
           (local.get $4)
          )
          (local.set $42
           (i32.add
            (i32.mul
             (local.get $40)
             (i32.const 256)
            )
            (local.get $41)
           )
          )
          (local.set $43
           (local.get $41)
          )
          (local.set $44
           (v128.load offset=802816 align=4
            (i32.shl
             (local.get $43)
             (i32.const 2)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (local.get $39)
            (local.get $44)
           )
          )
          (local.set $46
           (v128.and
            (f32x4.gt
             (local.get $45)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $47
           (v128.bitselect
            (local.get $45)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $46)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $47)
         )
        )
        (v128.store offset=1142640 align=4
         (local.get $9)
         (block (result v128)
          (local.set $48
           (local.get $13)
          )
          (local.set $49
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $50
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $51
           (i32.add
            (i32.mul
             (local.get $49)
             (i32.const 256)
            )
            (local.get $50)
           )
          )
          (local.set $52
           (local.get $50)
          )
          (local.set $53
           (v128.load offset=802816 align=4
            (i32.shl
             (local.get $52)
             (i32.const 2)
            )
           )
          )
          (local.set $54
           (f32x4.add
            (local.get $48)
            (local.get $53)
           )
          )
          (local.set $55
           (v128.and
            (f32x4.gt
             (local.get $54)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $56
           (v128.bitselect
            (local.get $54)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $55)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $56)
         )
        )
        (v128.store offset=1143648 align=4
         (local.get $9)
         (block (result v128)
          (local.set $57
           (local.get $14)
          )
          (local.set $58
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $59
           (local.get $4)
          )
          (local.set $60
           (i32.add
            (i32.mul
             (local.get $58)
             (i32.const 256)
            )
            (local.get $59)
           )
          )
          (local.set $61
           (local.get $59)
          )
          (local.set $62
           (v128.load offset=802816 align=4
            (i32.shl
             (local.get $61)
             (i32.const 2)
            )
           )
          )
          (local.set $63
           (f32x4.add
            (local.get $57)
            (local.get $62)
           )
          )
          (local.set $64
           (v128.and
            (f32x4.gt
             (local.get $63)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $65
           (v128.bitselect
            (local.get $63)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $64)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $65)
         )
        )
        (v128.store offset=1143664 align=4
         (local.get $9)
         (block (result v128)
          (local.set $66
           (local.get $15)
          )
          (local.set $67
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $68
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $69
           (i32.add
            (i32.mul
             (local.get $67)
             (i32.const 256)
            )
            (local.get $68)
           )
          )
          (local.set $70
           (local.get $68)
          )
          (local.set $71
           (v128.load offset=802816 align=4
            (i32.shl
             (local.get $70)
             (i32.const 2)
            )
           )
          )
          (local.set $72
           (f32x4.add
            (local.get $66)
            (local.get $71)
           )
          )
          (local.set $73
           (v128.and
            (f32x4.gt
             (local.get $72)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $74
           (v128.bitselect
            (local.get $72)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $73)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $74)
         )
        )
        (v128.store offset=1144672 align=4
         (local.get $9)
         (block (result v128)
          (local.set $75
           (local.get $16)
          )
          (local.set $76
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $77
           (local.get $4)
          )
          (local.set $78
           (i32.add
            (i32.mul
             (local.get $76)
             (i32.const 256)
            )
            (local.get $77)
           )
          )
          (local.set $79
           (local.get $77)
          )
          (local.set $80
           (v128.load offset=802816 align=4
            (i32.shl
             (local.get $79)
             (i32.const 2)
            )
           )
          )
          (local.set $81
           (f32x4.add
            (local.get $75)
            (local.get $80)
           )
          )
          (local.set $82
           (v128.and
            (f32x4.gt
             (local.get $81)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $83
           (v128.bitselect
            (local.get $81)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $82)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $83)
         )
        )
        (v128.store offset=1144688 align=4
         (local.get $9)
         (block (result v128)
          (local.set $84
           (local.get $17)
          )
          (local.set $85
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $86
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $87
           (i32.add
            (i32.mul
             (local.get $85)
             (i32.const 256)
            )
            (local.get $86)
           )
          )
          (local.set $88
           (local.get $86)
          )
          (local.set $89
           (v128.load offset=802816 align=4
            (i32.shl
             (local.get $88)
             (i32.const 2)
            )
           )
          )
          (local.set $90
           (f32x4.add
            (local.get $84)
            (local.get $89)
           )
          )
          (local.set $91
           (v128.and
            (f32x4.gt
             (local.get $90)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $92
           (v128.bitselect
            (local.get $90)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $91)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $92)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $93
           (i32.sub
            (local.get $93)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 32)
         (i32.lt_s
          (local.get $1)
          (i32.const 32)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k1_fc1_matmul_add_compare_where (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k1_fc1_matmul_add_compare_where_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k2_fc2_matmul_add_compare_where_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 v128)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 i32)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 v128)
  (local $63 v128)
  (local $64 v128)
  (local $65 v128)
  (local $66 v128)
  (local $67 i32)
  (local $68 i32)
  (local $69 i32)
  (local $70 i32)
  (local $71 v128)
  (local $72 v128)
  (local $73 v128)
  (local $74 v128)
  (local $75 v128)
  (local $76 i32)
  (local $77 i32)
  (local $78 i32)
  (local $79 i32)
  (local $80 v128)
  (local $81 v128)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 v128)
  (local $90 v128)
  (local $91 v128)
  (local $92 v128)
  (local $93 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 16)
      (i32.lt_s
       (local.get $1)
       (i32.const 16)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $93
        (i32.const 16)
       )
       (loop $rows1
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 1024)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 131072)
         )
        )
        (loop $k2
         (local.set $18
          (v128.load offset=803840 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=803856 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=1141600
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=1142624
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=1143648
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=1144672
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 512)
          )
         )
         (br_if $k2
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 512)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=940640 align=4
         (local.get $9)
         (block (result v128)
          (local.set $21
           (local.get $10)
          )
          (local.set $22
           (local.get $3)
          )
          (local.set $23
           (local.get $4)
          )
          (local.set $24
           (i32.add
            (i32.mul
             (local.get $22)
             (i32.const 128)
            )
            (local.get $23)
           )
          )
          (local.set $25
           (local.get $23)
          )
          (local.set $26
           (v128.load offset=934912 align=4
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
          )
          (local.set $27
           (f32x4.add
            (local.get $21)
            (local.get $26)
           )
          )
          (local.set $28
           (v128.and
            (f32x4.gt
             (local.get $27)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $29
           (v128.bitselect
            (local.get $27)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $28)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $29)
         )
        )
        (v128.store offset=940656 align=4
         (local.get $9)
         (block (result v128)
          (local.set $30
           (local.get $11)
          )
          (local.set $31
           (local.get $3)
          )
          (local.set $32
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $33
           (i32.add
            (i32.mul
             (local.get $31)
             (i32.const 128)
            )
            (local.get $32)
           )
          )
          (local.set $34
           (local.get $32)
          )
          (local.set $35
           (v128.load offset=934912 align=4
            (i32.shl
             (local.get $34)
             (i32.const 2)
            )
           )
          )
          (local.set $36
           (f32x4.add
            (local.get $30)
            (local.get $35)
           )
          )
          (local.set $37
           (v128.and
            (f32x4.gt
             (local.get $36)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $38
           (v128.bitselect
            (local.get $36)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $37)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $38)
         )
        )
        (v128.store offset=941152 align=4
         (local.get $9)
         (block (result v128)
          (local.set $39
           (local.get $12)
          )
          (local.set $40
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $41
           (local.get $4)
          )
          (local.set $42
           (i32.add
            (i32.mul
             (local.get $40)
             (i32.const 128)
            )
            (local.get $41)
           )
          )
          (local.set $43
           (local.get $41)
          )
          (local.set $44
           (v128.load offset=934912 align=4
            (i32.shl
             (local.get $43)
             (i32.const 2)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (local.get $39)
            (local.get $44)
           )
          )
          (local.set $46
           (v128.and
            (f32x4.gt
             (local.get $45)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $47
           (v128.bitselect
            (local.get $45)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $46)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $47)
         )
        )
        (v128.store offset=941168 align=4
         (local.get $9)
         (block (result v128)
          (local.set $48
           (local.get $13)
          )
          (local.set $49
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $50
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $51
           (i32.add
            (i32.mul
             (local.get $49)
             (i32.const 128)
            )
            (local.get $50)
           )
          )
          (local.set $52
           (local.get $50)
          )
          (local.set $53
           (v128.load offset=934912 align=4
            (i32.shl
             (local.get $52)
             (i32.const 2)
            )
           )
          )
          (local.set $54
           (f32x4.add
            (local.get $48)
            (local.get $53)
           )
          )
          (local.set $55
           (v128.and
            (f32x4.gt
             (local.get $54)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $56
           (v128.bitselect
            (local.get $54)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $55)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $56)
         )
        )
        (v128.store offset=941664 align=4
         (local.get $9)
         (block (result v128)
          (local.set $57
           (local.get $14)
          )
          (local.set $58
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $59
           (local.get $4)
          )
          (local.set $60
           (i32.add
            (i32.mul
             (local.get $58)
             (i32.const 128)
            )
            (local.get $59)
           )
          )
          (local.set $61
           (local.get $59)
          )
          (local.set $62
           (v128.load offset=934912 align=4
            (i32.shl
             (local.get $61)
             (i32.const 2)
            )
           )
          )
          (local.set $63
           (f32x4.add
            (local.get $57)
            (local.get $62)
           )
          )
          (local.set $64
           (v128.and
            (f32x4.gt
             (local.get $63)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $65
           (v128.bitselect
            (local.get $63)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $64)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $65)
         )
        )
        (v128.store offset=941680 align=4
         (local.get $9)
         (block (result v128)
          (local.set $66
           (local.get $15)
          )
          (local.set $67
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $68
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $69
           (i32.add
            (i32.mul
             (local.get $67)
             (i32.const 128)
            )
            (local.get $68)
           )
          )
          (local.set $70
           (local.get $68)
          )
          (local.set $71
           (v128.load offset=934912 align=4
            (i32.shl
             (local.get $70)
             (i32.const 2)
            )
           )
          )
          (local.set $72
           (f32x4.add
            (local.get $66)
            (local.get $71)
           )
          )
          (local.set $73
           (v128.and
            (f32x4.gt
             (local.get $72)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $74
           (v128.bitselect
            (local.get $72)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $73)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $74)
         )
        )
        (v128.store offset=942176 align=4
         (local.get $9)
         (block (result v128)
          (local.set $75
           (local.get $16)
          )
          (local.set $76
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $77
           (local.get $4)
          )
          (local.set $78
           (i32.add
            (i32.mul
             (local.get $76)
             (i32.const 128)
            )
            (local.get $77)
           )
          )
          (local.set $79
           (local.get $77)
          )
          (local.set $80
           (v128.load offset=934912 align=4
            (i32.shl
             (local.get $79)
             (i32.const 2)
            )
           )
          )
          (local.set $81
           (f32x4.add
            (local.get $75)
            (local.get $80)
           )
          )
          (local.set $82
           (v128.and
            (f32x4.gt
             (local.get $81)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $83
           (v128.bitselect
            (local.get $81)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $82)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $83)
         )
        )
        (v128.store offset=942192 align=4
         (local.get $9)
         (block (result v128)
          (local.set $84
           (local.get $17)
          )
          (local.set $85
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $86
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $87
           (i32.add
            (i32.mul
             (local.get $85)
             (i32.const 128)
            )
            (local.get $86)
           )
          )
          (local.set $88
           (local.get $86)
          )
          (local.set $89
           (v128.load offset=934912 align=4
            (i32.shl
             (local.get $88)
             (i32.const 2)
            )
           )
          )
          (local.set $90
           (f32x4.add
            (local.get $84)
            (local.get $89)
           )
          )
          (local.set $91
           (v128.and
            (f32x4.gt
             (local.get $90)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $92
           (v128.bitselect
            (local.get $90)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $91)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $92)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows1
         (i32.ne
          (local.tee $93
           (i32.sub
            (local.get $93)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 16)
         (i32.lt_s
          (local.get $1)
          (i32.const 16)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k2_fc2_matmul_add_compare_where (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k2_fc2_matmul_add_compare_where_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k3_fc3_matmul_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  (local $47 v128)
  (local $48 v128)
  (local $49 i32)
  (local $50 v128)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 i32)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 i32)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 v128)
  (local $63 v128)
  (local $64 v128)
  (local $65 i32)
  (local $66 i32)
  (local $67 i32)
  (local $68 i32)
  (local $69 v128)
  (local $70 v128)
  (local $71 v128)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 v128)
  (local $77 v128)
  (local $78 v128)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 i32)
  (local $83 v128)
  (local $84 v128)
  (local $85 v128)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 i32)
  (local $90 v128)
  (local $91 v128)
  (local $92 v128)
  (local $93 i32)
  (local $94 i32)
  (local $95 i32)
  (local $96 i32)
  (local $97 v128)
  (local $98 v128)
  (local $99 v128)
  (local $100 i32)
  (local $101 i32)
  (local $102 i32)
  (local $103 i32)
  (local $104 v128)
  (local $105 v128)
  (local $106 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 1)
      (i32.lt_s
       (local.get $1)
       (i32.const 1)
      )
     )
    )
    (then
     (loop $panel2
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 8)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $106
        (i32.const 16)
       )
       (loop $rows3
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 512)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $16
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $17
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 5120)
         )
        )
        (loop $k4
         (local.set $18
          (v128.load offset=935424 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=935440 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=940640
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=941152
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=941664
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=942176
           (local.get $6)
          )
         )
         (local.set $16
          (f32x4.add
           (local.get $16)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $17)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 40)
          )
         )
         (br_if $k4
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 40)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=973408 align=4
         (local.get $9)
         (block (result v128)
          (local.set $50
           (local.get $10)
          )
          (local.set $51
           (local.get $3)
          )
          (local.set $52
           (local.get $4)
          )
          (local.set $53
           (i32.add
            (i32.mul
             (local.get $51)
             (i32.const 10)
            )
            (local.get $52)
           )
          )
          (local.set $54
           (local.get $52)
          )
          (local.set $55
           (v128.load offset=940544 align=4
            (i32.shl
             (local.get $54)
             (i32.const 2)
            )
           )
          )
          (local.set $56
           (f32x4.add
            (local.get $50)
            (local.get $55)
           )
          )
          (local.get $56)
         )
        )
        (v128.store offset=973424 align=4
         (local.get $9)
         (block (result v128)
          (local.set $57
           (local.get $11)
          )
          (local.set $58
           (local.get $3)
          )
          (local.set $59
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $60
           (i32.add
            (i32.mul
             (local.get $58)
             (i32.const 10)
            )
            (local.get $59)
           )
          )
          (local.set $61
           (local.get $59)
          )
          (local.set $62
           (v128.load offset=940544 align=4
            (i32.shl
             (local.get $61)
             (i32.const 2)
            )
           )
          )
          (local.set $63
           (f32x4.add
            (local.get $57)
            (local.get $62)
           )
          )
          (local.get $63)
         )
        )
        (v128.store offset=973448 align=4
         (local.get $9)
         (block (result v128)
          (local.set $64
           (local.get $12)
          )
          (local.set $65
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $66
           (local.get $4)
          )
          (local.set $67
           (i32.add
            (i32.mul
             (local.get $65)
             (i32.const 10)
            )
            (local.get $66)
           )
          )
          (local.set $68
           (local.get $66)
          )
          (local.set $69
           (v128.load offset=940544 align=4
            (i32.shl
             (local.get $68)
             (i32.const 2)
            )
           )
          )
          (local.set $70
           (f32x4.add
            (local.get $64)
            (local.get $69)
           )
          )
          (local.get $70)
         )
        )
        (v128.store offset=973464 align=4
         (local.get $9)
         (block (result v128)
          (local.set $71
           (local.get $13)
          )
          (local.set $72
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $73
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $74
           (i32.add
            (i32.mul
             (local.get $72)
             (i32.const 10)
            )
            (local.get $73)
           )
          )
          (local.set $75
           (local.get $73)
          )
          (local.set $76
           (v128.load offset=940544 align=4
            (i32.shl
             (local.get $75)
             (i32.const 2)
            )
           )
          )
          (local.set $77
           (f32x4.add
            (local.get $71)
            (local.get $76)
           )
          )
          (local.get $77)
         )
        )
        (v128.store offset=973488 align=4
         (local.get $9)
         (block (result v128)
          (local.set $78
           (local.get $14)
          )
          (local.set $79
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $80
           (local.get $4)
          )
          (local.set $81
           (i32.add
            (i32.mul
             (local.get $79)
             (i32.const 10)
            )
            (local.get $80)
           )
          )
          (local.set $82
           (local.get $80)
          )
          (local.set $83
           (v128.load offset=940544 align=4
            (i32.shl
             (local.get $82)
             (i32.const 2)
            )
           )
          )
          (local.set $84
           (f32x4.add
            (local.get $78)
            (local.get $83)
           )
          )
          (local.get $84)
         )
        )
        (v128.store offset=973504 align=4
         (local.get $9)
         (block (result v128)
          (local.set $85
           (local.get $15)
          )
          (local.set $86
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $87
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $88
           (i32.add
            (i32.mul
             (local.get $86)
             (i32.const 10)
            )
            (local.get $87)
           )
          )
          (local.set $89
           (local.get $87)
          )
          (local.set $90
           (v128.load offset=940544 align=4
            (i32.shl
             (local.get $89)
             (i32.const 2)
            )
           )
          )
          (local.set $91
           (f32x4.add
            (local.get $85)
            (local.get $90)
           )
          )
          (local.get $91)
         )
        )
        (v128.store offset=973528 align=4
         (local.get $9)
         (block (result v128)
          (local.set $92
           (local.get $16)
          )
          (local.set $93
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $94
           (local.get $4)
          )
          (local.set $95
           (i32.add
            (i32.mul
             (local.get $93)
             (i32.const 10)
            )
            (local.get $94)
           )
          )
          (local.set $96
           (local.get $94)
          )
          (local.set $97
           (v128.load offset=940544 align=4
            (i32.shl
             (local.get $96)
             (i32.const 2)
            )
           )
          )
          (local.set $98
           (f32x4.add
            (local.get $92)
            (local.get $97)
           )
          )
          (local.get $98)
         )
        )
        (v128.store offset=973544 align=4
         (local.get $9)
         (block (result v128)
          (local.set $99
           (local.get $17)
          )
          (local.set $100
           (i32.add
            (local.get $3)
            (i32.const 3)
           )
          )
          (local.set $101
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $102
           (i32.add
            (i32.mul
             (local.get $100)
             (i32.const 10)
            )
            (local.get $101)
           )
          )
          (local.set $103
           (local.get $101)
          )
          (local.set $104
           (v128.load offset=940544 align=4
            (i32.shl
             (local.get $103)
             (i32.const 2)
            )
           )
          )
          (local.set $105
           (f32x4.add
            (local.get $99)
            (local.get $104)
           )
          )
          (local.get $105)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (br_if $rows3
         (i32.ne
          (local.tee $106
           (i32.sub
            (local.get $106)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel2
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 1)
         (i32.lt_s
          (local.get $1)
          (i32.const 1)
         )
        )
       )
      )
     )
    )
   )
  )
  (if
   (i32.gt_s
    (local.get $1)
    (i32.const 1)
   )
   (then
    (local.set $4
     (i32.mul
      (i32.const 1)
      (i32.const 8)
     )
    )
    (local.set $5
     (i32.mul
      (i32.const 1)
      (i32.const 32)
     )
    )
    (local.set $3
     (i32.const 0)
    )
    (block
     (local.set $49
      (i32.const 16)
     )
     (loop $rows0
      (local.set $6
       (i32.mul
        (local.get $3)
        (i32.const 512)
       )
      )
      (local.set $7
       (local.get $5)
      )
      (local.set $10
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $12
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $14
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $16
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $8
       (i32.add
        (local.get $7)
        (i32.const 5120)
       )
      )
      (loop $k1
       (local.set $18
        (v128.load64_zero offset=935424 align=4
         (local.get $7)
        )
       )
       (local.set $20
        (v128.load32_splat offset=940640
         (local.get $6)
        )
       )
       (local.set $10
        (f32x4.add
         (local.get $10)
         (f32x4.mul
          (local.get $20)
          (local.get $18)
         )
        )
       )
       (local.set $20
        (v128.load32_splat offset=941152
         (local.get $6)
        )
       )
       (local.set $12
        (f32x4.add
         (local.get $12)
         (f32x4.mul
          (local.get $20)
          (local.get $18)
         )
        )
       )
       (local.set $20
        (v128.load32_splat offset=941664
         (local.get $6)
        )
       )
       (local.set $14
        (f32x4.add
         (local.get $14)
         (f32x4.mul
          (local.get $20)
          (local.get $18)
         )
        )
       )
       (local.set $20
        (v128.load32_splat offset=942176
         (local.get $6)
        )
       )
       (local.set $16
        (f32x4.add
         (local.get $16)
         (f32x4.mul
          (local.get $20)
          (local.get $18)
         )
        )
       )
       (local.set $6
        (i32.add
         (local.get $6)
         (i32.const 4)
        )
       )
       (local.set $7
        (i32.add
         (local.get $7)
         (i32.const 40)
        )
       )
       (br_if $k1
        (i32.ne
         (local.get $7)
         (local.get $8)
        )
       )
      )
      (local.set $9
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 40)
        )
        (i32.shl
         (local.get $4)
         (i32.const 2)
        )
       )
      )
      (local.set $10
       (block (result v128)
        (local.set $21
         (local.get $10)
        )
        (local.set $22
         (local.get $3)
        )
        (local.set $23
         (local.get $4)
        )
        (local.set $24
         (i32.add
          (i32.mul
           (local.get $22)
           (i32.const 10)
          )
          (local.get $23)
         )
        )
        (local.set $25
         (local.get $23)
        )
        (local.set $26
         (v128.load offset=940544 align=4
          (i32.shl
           (local.get $25)
           (i32.const 2)
          )
         )
        )
        (local.set $27
         (f32x4.add
          (local.get $21)
          (local.get $26)
         )
        )
        (local.get $27)
       )
      )
      (v128.store64_lane offset=973408 align=4 0
       (local.get $9)
       (local.get $10)
      )
      (local.set $12
       (block (result v128)
        (local.set $28
         (local.get $12)
        )
        (local.set $29
         (i32.add
          (local.get $3)
          (i32.const 1)
         )
        )
        (local.set $30
         (local.get $4)
        )
        (local.set $31
         (i32.add
          (i32.mul
           (local.get $29)
           (i32.const 10)
          )
          (local.get $30)
         )
        )
        (local.set $32
         (local.get $30)
        )
        (local.set $33
         (v128.load offset=940544 align=4
          (i32.shl
           (local.get $32)
           (i32.const 2)
          )
         )
        )
        (local.set $34
         (f32x4.add
          (local.get $28)
          (local.get $33)
         )
        )
        (local.get $34)
       )
      )
      (v128.store64_lane offset=973448 align=4 0
       (local.get $9)
       (local.get $12)
      )
      (local.set $14
       (block (result v128)
        (local.set $35
         (local.get $14)
        )
        (local.set $36
         (i32.add
          (local.get $3)
          (i32.const 2)
         )
        )
        (local.set $37
         (local.get $4)
        )
        (local.set $38
         (i32.add
          (i32.mul
           (local.get $36)
           (i32.const 10)
          )
          (local.get $37)
         )
        )
        (local.set $39
         (local.get $37)
        )
        (local.set $40
         (v128.load offset=940544 align=4
          (i32.shl
           (local.get $39)
           (i32.const 2)
          )
         )
        )
        (local.set $41
         (f32x4.add
          (local.get $35)
          (local.get $40)
         )
        )
        (local.get $41)
       )
      )
      (v128.store64_lane offset=973488 align=4 0
       (local.get $9)
       (local.get $14)
      )
      (local.set $16
       (block (result v128)
        (local.set $42
         (local.get $16)
        )
        (local.set $43
         (i32.add
          (local.get $3)
          (i32.const 3)
         )
        )
        (local.set $44
         (local.get $4)
        )
        (local.set $45
         (i32.add
          (i32.mul
           (local.get $43)
           (i32.const 10)
          )
          (local.get $44)
         )
        )
        (local.set $46
         (local.get $44)
        )
        (local.set $47
         (v128.load offset=940544 align=4
          (i32.shl
           (local.get $46)
           (i32.const 2)
          )
         )
        )
        (local.set $48
         (f32x4.add
          (local.get $42)
          (local.get $47)
         )
        )
        (local.get $48)
       )
      )
      (v128.store64_lane offset=973528 align=4 0
       (local.get $9)
       (local.get $16)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 4)
       )
      )
      (br_if $rows0
       (i32.ne
        (local.tee $49
         (i32.sub
          (local.get $49)
          (i32.const 1)
         )
        )
        (i32.const 0)
       )
      )
     )
    )
   )
  )
 )
 (func $k3_fc3_matmul_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k3_fc3_matmul_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k4_rows_reduceMax_reduceSum_div (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 f32)
  (local $5 i32)
  (local $6 v128)
  (local $7 i32)
  (local $8 v128)
  (local $9 i32)
  (local $10 v128)
  (local $11 i32)
  (local $12 f32)
  (local $13 i32)
  (local $14 f32)
  (local $15 i32)
  (local $16 v128)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile3
      (local.set $6
       (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      )
      (block
       (local.set $5
        (i32.const 0)
       )
       (loop $for0
        (local.set $7
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 10)
          )
          (local.get $5)
         )
        )
        (local.set $8
         (v128.load offset=973408 align=4
          (i32.shl
           (local.get $7)
           (i32.const 2)
          )
         )
        )
        (local.set $6
         (f32x4.max
          (local.get $6)
          (local.get $8)
         )
        )
        (local.set $5
         (i32.add
          (local.get $5)
          (i32.const 4)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $5)
          (i32.const 8)
         )
        )
       )
      )
      (local.set $9
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 10)
        )
        (i32.const 6)
       )
      )
      (local.set $10
       (v128.load offset=973408 align=4
        (i32.shl
         (local.get $9)
         (i32.const 2)
        )
       )
      )
      (local.set $6
       (f32x4.max
        (local.get $6)
        (local.get $10)
       )
      )
      (local.set $4
       (f32.max
        (f32.max
         (f32x4.extract_lane 0
          (local.get $6)
         )
         (f32x4.extract_lane 1
          (local.get $6)
         )
        )
        (f32.max
         (f32x4.extract_lane 2
          (local.get $6)
         )
         (f32x4.extract_lane 3
          (local.get $6)
         )
        )
       )
      )
      (local.set $11
       (local.get $3)
      )
      (local.set $12
       (local.get $4)
      )
      (local.set $13
       (local.get $3)
      )
      (f32.store offset=940640
       (i32.shl
        (local.get $13)
        (i32.const 2)
       )
       (local.get $12)
      )
      (local.set $16
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (block
       (local.set $15
        (i32.const 0)
       )
       (loop $for1
        (local.set $17
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 10)
          )
          (local.get $15)
         )
        )
        (local.set $18
         (v128.load offset=973408 align=4
          (i32.shl
           (local.get $17)
           (i32.const 2)
          )
         )
        )
        (local.set $19
         (f32x4.sub
          (local.get $18)
          (f32x4.splat
           (local.get $12)
          )
         )
        )
        (local.set $20
         (call $gf_exp_f32x4
          (local.get $19)
         )
        )
        (local.set $16
         (f32x4.add
          (local.get $16)
          (local.get $20)
         )
        )
        (local.set $15
         (i32.add
          (local.get $15)
          (i32.const 4)
         )
        )
        (br_if $for1
         (i32.lt_s
          (local.get $15)
          (i32.const 8)
         )
        )
       )
      )
      (local.set $21
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 10)
        )
        (i32.const 6)
       )
      )
      (local.set $22
       (v128.load offset=973408 align=4
        (i32.shl
         (local.get $21)
         (i32.const 2)
        )
       )
      )
      (local.set $23
       (f32x4.sub
        (local.get $22)
        (f32x4.splat
         (local.get $12)
        )
       )
      )
      (local.set $24
       (call $gf_exp_f32x4
        (local.get $23)
       )
      )
      (local.set $16
       (f32x4.add
        (local.get $16)
        (v128.and
         (local.get $24)
         (v128.const i32x4 0x00000000 0x00000000 0xffffffff 0xffffffff)
        )
       )
      )
      (local.set $14
       (f32.add
        (f32.add
         (f32x4.extract_lane 0
          (local.get $16)
         )
         (f32x4.extract_lane 1
          (local.get $16)
         )
        )
        (f32.add
         (f32x4.extract_lane 2
          (local.get $16)
         )
         (f32x4.extract_lane 3
          (local.get $16)
         )
        )
       )
      )
      (local.set $25
       (local.get $3)
      )
      (f32.store offset=940896
       (i32.shl
        (local.get $25)
        (i32.const 2)
       )
       (local.get $14)
      )
      (block
       (local.set $26
        (i32.const 0)
       )
       (loop $for2
        (local.set $27
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 10)
          )
          (local.get $26)
         )
        )
        (local.set $28
         (v128.load offset=973408 align=4
          (i32.shl
           (local.get $27)
           (i32.const 2)
          )
         )
        )
        (local.set $29
         (f32x4.sub
          (local.get $28)
          (f32x4.splat
           (local.get $12)
          )
         )
        )
        (local.set $30
         (call $gf_exp_f32x4
          (local.get $29)
         )
        )
        (local.set $31
         (f32x4.div
          (local.get $30)
          (f32x4.splat
           (local.get $14)
          )
         )
        )
        (v128.store offset=941152 align=4
         (i32.shl
          (local.get $27)
          (i32.const 2)
         )
         (local.get $31)
        )
        (local.set $26
         (i32.add
          (local.get $26)
          (i32.const 4)
         )
        )
        (br_if $for2
         (i32.lt_s
          (local.get $26)
          (i32.const 8)
         )
        )
       )
      )
      (local.set $32
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 10)
        )
        (i32.const 6)
       )
      )
      (local.set $33
       (v128.load offset=973408 align=4
        (i32.shl
         (local.get $32)
         (i32.const 2)
        )
       )
      )
      (local.set $34
       (f32x4.sub
        (local.get $33)
        (f32x4.splat
         (local.get $12)
        )
       )
      )
      (local.set $35
       (call $gf_exp_f32x4
        (local.get $34)
       )
      )
      (local.set $36
       (f32x4.div
        (local.get $35)
        (f32x4.splat
         (local.get $14)
        )
       )
      )
      (v128.store offset=941152 align=4
       (i32.shl
        (local.get $32)
        (i32.const 2)
       )
       (local.get $36)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile3
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k5_reshape_compare_log_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 f32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 i32)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 f32)
  (local $27 f32)
  (local $28 f32)
  (local $29 f32)
  (local $30 f32)
  (local $31 f32)
  (local $32 f32)
  (local $33 f32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 f32)
  (local $40 f32)
  (local $41 f32)
  (local $42 f32)
  (local $43 f32)
  (local $44 f32)
  (local $45 f32)
  (local $46 f32)
  (local $47 i32)
  (local $48 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 64)
      (i32.lt_s
       (local.get $2)
       (i32.const 64)
      )
     )
    )
    (then
     (loop $tile1
      (local.set $4
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (block
       (local.set $6
        (i32.const 0)
       )
       (loop $for0
        (local.set $7
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 10)
          )
          (local.get $6)
         )
        )
        (local.set $8
         (local.get $3)
        )
        (local.set $9
         (v128.load32_splat offset=1141344
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (local.set $10
         (local.get $9)
        )
        (local.set $11
         (local.get $6)
        )
        (local.set $12
         (v128.load offset=940592 align=4
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $13
         (v128.and
          (i32x4.eq
           (local.get $10)
           (local.get $12)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $14
         (v128.load offset=973408 align=4
          (i32.shl
           (local.get $7)
           (i32.const 2)
          )
         )
        )
        (local.set $15
         (v128.load32_splat offset=940640
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (local.set $16
         (f32x4.sub
          (local.get $14)
          (local.get $15)
         )
        )
        (local.set $17
         (v128.load32_splat offset=940896
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (local.set $18
         (call $gf_log_f32x4
          (local.get $17)
         )
        )
        (local.set $19
         (f32x4.sub
          (local.get $16)
          (local.get $18)
         )
        )
        (local.set $20
         (f32x4.mul
          (local.get $13)
          (local.get $19)
         )
        )
        (local.set $4
         (f32x4.add
          (local.get $4)
          (local.get $20)
         )
        )
        (local.set $6
         (i32.add
          (local.get $6)
          (i32.const 4)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $6)
          (i32.const 8)
         )
        )
       )
      )
      (local.set $5
       (f32.add
        (f32.add
         (f32x4.extract_lane 0
          (local.get $4)
         )
         (f32x4.extract_lane 1
          (local.get $4)
         )
        )
        (f32.add
         (f32x4.extract_lane 2
          (local.get $4)
         )
         (f32x4.extract_lane 3
          (local.get $4)
         )
        )
       )
      )
      (local.set $21
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 10)
        )
        (i32.const 8)
       )
      )
      (local.set $22
       (local.get $3)
      )
      (local.set $23
       (i32.load offset=1141344
        (i32.shl
         (local.get $22)
         (i32.const 2)
        )
       )
      )
      (local.set $24
       (local.get $23)
      )
      (local.set $25
       (i32.load offset=940624
        (i32.const 0)
       )
      )
      (local.set $26
       (f32.convert_i32_u
        (i32.eq
         (local.get $24)
         (local.get $25)
        )
       )
      )
      (local.set $27
       (f32.load offset=973408
        (i32.shl
         (local.get $21)
         (i32.const 2)
        )
       )
      )
      (local.set $28
       (f32.load offset=940640
        (i32.shl
         (local.get $22)
         (i32.const 2)
        )
       )
      )
      (local.set $29
       (f32.sub
        (local.get $27)
        (local.get $28)
       )
      )
      (local.set $30
       (f32.load offset=940896
        (i32.shl
         (local.get $22)
         (i32.const 2)
        )
       )
      )
      (local.set $31
       (f32x4.extract_lane 0
        (call $gf_log_f32x4
         (f32x4.splat
          (local.get $30)
         )
        )
       )
      )
      (local.set $32
       (f32.sub
        (local.get $29)
        (local.get $31)
       )
      )
      (local.set $33
       (f32.mul
        (local.get $26)
        (local.get $32)
       )
      )
      (local.set $5
       (f32.add
        (local.get $5)
        (local.get $33)
       )
      )
      (local.set $34
       (i32.add
        (i32.mul
         (local.get $3)
         (i32.const 10)
        )
        (i32.const 9)
       )
      )
      (local.set $35
       (local.get $3)
      )
      (local.set $36
       (i32.load offset=1141344
        (i32.shl
         (local.get $35)
         (i32.const 2)
        )
       )
      )
      (local.set $37
       (local.get $36)
      )
      (local.set $38
       (i32.load offset=940628
        (i32.const 0)
       )
      )
      (local.set $39
       (f32.convert_i32_u
        (i32.eq
         (local.get $37)
         (local.get $38)
        )
       )
      )
      (local.set $40
       (f32.load offset=973408
        (i32.shl
         (local.get $34)
         (i32.const 2)
        )
       )
      )
      (local.set $41
       (f32.load offset=940640
        (i32.shl
         (local.get $35)
         (i32.const 2)
        )
       )
      )
      (local.set $42
       (f32.sub
        (local.get $40)
        (local.get $41)
       )
      )
      (local.set $43
       (f32.load offset=940896
        (i32.shl
         (local.get $35)
         (i32.const 2)
        )
       )
      )
      (local.set $44
       (f32x4.extract_lane 0
        (call $gf_log_f32x4
         (f32x4.splat
          (local.get $43)
         )
        )
       )
      )
      (local.set $45
       (f32.sub
        (local.get $42)
        (local.get $44)
       )
      )
      (local.set $46
       (f32.mul
        (local.get $39)
        (local.get $45)
       )
      )
      (local.set $5
       (f32.add
        (local.get $5)
        (local.get $46)
       )
      )
      (local.set $47
       (local.get $3)
      )
      (local.set $48
       (f32.neg
        (local.get $5)
       )
      )
      (f32.store offset=943712
       (i32.shl
        (local.get $47)
        (i32.const 2)
       )
       (local.get $48)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 64)
         (i32.lt_s
          (local.get $2)
          (i32.const 64)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k6_reduceSum_div (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 v128)
  (local $4 f32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 f32)
  (local.set $3
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block
   (local.set $5
    (i32.const 0)
   )
   (loop $for0
    (local.set $6
     (local.get $5)
    )
    (local.set $7
     (v128.load offset=943712 align=4
      (i32.shl
       (local.get $6)
       (i32.const 2)
      )
     )
    )
    (local.set $3
     (f32x4.add
      (local.get $3)
      (local.get $7)
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 4)
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.get $5)
      (i32.const 64)
     )
    )
   )
  )
  (local.set $4
   (f32.add
    (f32.add
     (f32x4.extract_lane 0
      (local.get $3)
     )
     (f32x4.extract_lane 1
      (local.get $3)
     )
    )
    (f32.add
     (f32x4.extract_lane 2
      (local.get $3)
     )
     (f32x4.extract_lane 3
      (local.get $3)
     )
    )
   )
  )
  (local.set $8
   (f32.div
    (local.get $4)
    (f32.const 64)
   )
  )
  (f32.store offset=940640
   (i32.const 0)
   (local.get $8)
  )
 )
 (func $mnist_mlp
  (call $k1_fc1_matmul_add_compare_where
   (i32.const 0)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k2_fc2_matmul_add_compare_where
   (i32.const 0)
   (i32.const 0)
   (i32.const 16)
  )
  (call $k3_fc3_matmul_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 2)
  )
  (call $k4_rows_reduceMax_reduceSum_div
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k5_reshape_compare_log_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 64)
  )
  (call $k6_reduceSum_div
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (nop)
 )
)
